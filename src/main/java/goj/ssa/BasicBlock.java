package goj.ssa;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block: phis first, then straight-line instructions, then one terminator. Successor and
 * predecessor lists are kept consistent by {@link Function#addEdge}; a phi's i-th edge corresponds
 * to the i-th predecessor.
 */
public final class BasicBlock {
    final int index;
    final String comment;
    final List<Instr> instrs = new ArrayList<>();
    final List<BasicBlock> preds = new ArrayList<>();
    final List<BasicBlock> succs = new ArrayList<>();

    BasicBlock(int index, String comment) {
        this.index = index;
        this.comment = comment;
    }

    public int index() { return index; }
    public String comment() { return comment; }
    public List<Instr> instrs() { return instrs; }
    public List<BasicBlock> preds() { return preds; }
    public List<BasicBlock> succs() { return succs; }

    boolean terminated() { return !instrs.isEmpty() && instrs.getLast().isTerminator(); }
}
