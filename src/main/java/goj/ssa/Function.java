package goj.ssa;

import goj.types.Signature;
import java.util.ArrayList;
import java.util.List;

/**
 * A function in SSA form: parameters, and basic blocks of which the first is the entry. Every
 * block is reachable from the entry (the builder removes the others).
 */
public final class Function {
    final String name;
    /** The JVM-level signature (captured cells or values first); {@link Escape} may narrow a cell parameter to its value. */
    Signature signature;
    final List<Param> params = new ArrayList<>();
    final List<BasicBlock> blocks = new ArrayList<>();
    /** The Go source position of the declaration (for line tables and tracebacks). */
    final goj.syntax.Pos pos;
    private int nextId;
    /** Whether the function has defer statements (then panics unwind through its deferred calls). */
    boolean hasDefer;
    /** With defers and named results: per result, its cell (a struct result: its object) or null, read when a recovered panic returns. */
    final List<Value> resultCells = new ArrayList<>();
    /** For a function literal: its Go signature (without the leading captured cells). */
    goj.types.Signature closureSignature;
    /**
     * Whether the function only forwards a call (a promoted method's or a method expression's
     * wrapper): it is invisible to {@code recover}, which must be called by the deferred function.
     */
    boolean wrapper;
    /** What {@link Escape} decided for each heap cell the function allocates, for {@code goj tool ssa}. */
    final List<String> escapes = new ArrayList<>();

    Function(String name, Signature signature, goj.syntax.Pos pos) {
        this.name = name;
        this.signature = signature;
        this.pos = pos;
    }

    public String name() { return name; }
    public Signature signature() { return signature; }
    public List<Param> params() { return params; }
    public List<BasicBlock> blocks() { return blocks; }
    public goj.syntax.Pos pos() { return pos; }
    /** The number of value ids handed out: every value's id is below it. */
    public int valueCount() { return nextId; }
    public goj.types.Signature closureSignature() { return closureSignature; }
    public boolean hasDefer() { return hasDefer; }
    public boolean wrapper() { return wrapper; }
    public List<Value> resultCells() { return resultCells; }
    public List<String> escapes() { return escapes; }

    /**
     * The blocks reachable from the entry in reverse postorder of a depth-first walk: every edge
     * goes to a later block except the retreating ones, and every cycle has a retreating edge.
     */
    public List<BasicBlock> reversePostorder() {
        // iterative, so deep chains of blocks cannot overflow the stack
        record Frame(BasicBlock b, int next) {}
        List<BasicBlock> out = new ArrayList<>();
        java.util.Set<BasicBlock> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
        seen.add(blocks.getFirst());
        stack.push(new Frame(blocks.getFirst(), 0));
        while (!stack.isEmpty()) {
            Frame fr = stack.pop();
            if (fr.next < fr.b.succs.size()) {
                stack.push(new Frame(fr.b, fr.next + 1));
                BasicBlock s = fr.b.succs.get(fr.next);
                if (seen.add(s)) stack.push(new Frame(s, 0));
            } else {
                out.add(fr.b);
            }
        }
        java.util.Collections.reverse(out);
        return out;
    }

    BasicBlock newBlock(String comment) {
        BasicBlock b = new BasicBlock(blocks.size(), comment);
        blocks.add(b);
        return b;
    }

    <V extends Value> V number(V v) {
        v.id = nextId++;
        return v;
    }

    static void addEdge(BasicBlock from, BasicBlock to) {
        from.succs.add(to);
        to.preds.add(from);
    }
}
