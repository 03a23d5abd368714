package goj.ssa;

import java.util.HashMap;
import java.util.Map;

/**
 * Removes trivial phis (Braun et al. 2013, tryRemoveTrivialPhi): a phi whose edges are all one
 * value {@code v} or the phi itself is replaced by {@code v} everywhere. Replacing one may make
 * the phis that use it trivial, so the pass runs to a fixed point. The builder leaves such phis
 * at every join a variable reaches unchanged.
 */
final class PhiElim {
    private PhiElim() {}

    static void run(Function f) {
        Map<Value, Value> repl = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (BasicBlock b : f.blocks) {
                for (Instr in : b.instrs) {
                    if (!(in instanceof Instr.Phi phi) || repl.containsKey(phi)) continue;
                    Value same = null;
                    boolean trivial = true;
                    for (Value e : phi.edges) {
                        while (repl.containsKey(e)) e = repl.get(e);
                        if (e == phi || e == same) continue;
                        if (same != null) { trivial = false; break; }
                        same = e;
                    }
                    if (trivial && same != null) {
                        repl.put(phi, same);
                        changed = true;
                    }
                }
            }
        }
        Operands.replaceAll(f, repl);
        for (BasicBlock b : f.blocks) b.instrs.removeIf(repl::containsKey);
    }
}
