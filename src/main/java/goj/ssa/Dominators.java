package goj.ssa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dominator tree of a function (Cooper, Harvey and Kennedy's iterative algorithm over reverse
 * postorder). Every block of the function must be reachable from the entry.
 */
final class Dominators {
    private final Map<BasicBlock, BasicBlock> idom = new HashMap<>();
    private final Map<BasicBlock, Integer> order = new HashMap<>();

    Dominators(Function f) {
        List<BasicBlock> rpo = f.reversePostorder();
        for (int i = 0; i < rpo.size(); i++) order.put(rpo.get(i), i);
        BasicBlock entry = rpo.getFirst();
        idom.put(entry, entry);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (BasicBlock b : rpo.subList(1, rpo.size())) {
                BasicBlock d = null;
                for (BasicBlock p : b.preds) {
                    if (!idom.containsKey(p)) continue;
                    d = d == null ? p : intersect(p, d);
                }
                if (idom.get(b) != d) {
                    idom.put(b, d);
                    changed = true;
                }
            }
        }
    }

    private BasicBlock intersect(BasicBlock a, BasicBlock b) {
        while (a != b) {
            while (order.get(a) > order.get(b)) a = idom.get(a);
            while (order.get(b) > order.get(a)) b = idom.get(b);
        }
        return a;
    }

    /** The immediate dominator of {@code b}; the entry's is null. */
    BasicBlock idom(BasicBlock b) {
        BasicBlock d = idom.get(b);
        return d == b ? null : d;
    }

    /** Whether {@code a} dominates {@code b} (every block dominates itself). */
    boolean dominates(BasicBlock a, BasicBlock b) {
        for (BasicBlock x = b; x != null; x = idom(x)) if (x == a) return true;
        return false;
    }
}
