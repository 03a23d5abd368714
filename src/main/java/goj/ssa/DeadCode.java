package goj.ssa;

import goj.syntax.Operator;
import goj.types.Constant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dead-code elimination: an {@code If} on a constant becomes a {@code Jump} (its other edge and the
 * phi edges along it go), blocks no longer reachable from the entry are removed, and then pure
 * instructions whose value nobody uses are removed until none is left. Instructions that may
 * panic, block or write memory are never removed.
 */
final class DeadCode {
    private DeadCode() {}

    static void run(Function f) {
        foldBranches(f);
        removeUnreachable(f);
        removeUnused(f);
    }

    private static void foldBranches(Function f) {
        for (BasicBlock b : f.blocks) {
            if (!(b.instrs.getLast() instanceof Instr.If i && i.cond instanceof Const c && c.value instanceof Constant.Bool v)) continue;
            int dead = v.value() ? 1 : 0;
            BasicBlock gone = b.succs.get(dead);
            // the dead edge is gone's last pred slot from b when both edges reach the same block
            int slot = dead == 1 ? gone.preds.lastIndexOf(b) : gone.preds.indexOf(b);
            gone.preds.remove(slot);
            for (Instr in : gone.instrs) if (in instanceof Instr.Phi phi) phi.edges.remove(slot);
            b.succs.remove(dead);
            Instr.Jump j = f.number(new Instr.Jump(i.pos()));
            j.block = b;
            b.instrs.set(b.instrs.size() - 1, j);
        }
    }

    /** Removes the blocks not reachable from the entry, and their edges into reachable blocks' phis. */
    static void removeUnreachable(Function f) {
        Set<BasicBlock> live = new HashSet<>();
        Deque<BasicBlock> work = new ArrayDeque<>(List.of(f.blocks.getFirst()));
        while (!work.isEmpty()) {
            BasicBlock b = work.pop();
            if (live.add(b)) work.addAll(b.succs);
        }
        for (BasicBlock b : f.blocks) {
            if (live.contains(b)) continue;
            for (BasicBlock s : b.succs) {
                int i;
                while ((i = s.preds.indexOf(b)) >= 0) {
                    s.preds.remove(i);
                    for (Instr in : s.instrs) if (in instanceof Instr.Phi phi) phi.edges.remove(i);
                }
            }
        }
        f.blocks.removeIf(b -> !live.contains(b));
    }

    private static void removeUnused(Function f) {
        Map<Value, Integer> uses = new HashMap<>();
        for (BasicBlock b : f.blocks) for (Instr in : b.instrs) for (Value v : in.operands()) if (v != null) uses.merge(v, 1, Integer::sum);
        for (Value v : f.resultCells) if (v != null) uses.merge(v, 1, Integer::sum);
        Deque<Instr> work = new ArrayDeque<>();
        for (BasicBlock b : f.blocks) for (Instr in : b.instrs) if (!uses.containsKey(in) && pure(in)) work.add(in);
        Set<Instr> dead = new HashSet<>();
        while (!work.isEmpty()) {
            Instr in = work.pop();
            if (!dead.add(in)) continue;
            for (Value v : in.operands()) {
                if (v instanceof Instr op && uses.merge(op, -1, Integer::sum) == 0 && pure(op)) work.add(op);
            }
        }
        for (BasicBlock b : f.blocks) b.instrs.removeIf(dead::contains);
    }

    /** Whether {@code in} has no effect besides its value: it cannot panic, block or write. */
    static boolean pure(Instr in) {
        return switch (in) {
            case Instr.BinOp b -> switch (b.op) {
                // panics: integer division by zero, negative shift counts
                case DIV, REM -> b.y instanceof Const c && (c.value instanceof Constant.Int n && n.value().signum() != 0
                        || c.value instanceof Constant.Float d && d.value().signum() != 0);
                case SHL, SHR -> b.y instanceof Const c && c.value instanceof Constant.Int n && n.value().signum() >= 0;
                default -> true;
            };
            case Instr.UnOp u -> true;
            case Instr.Convert c -> c.type().underlying() instanceof goj.types.Basic; // slice to array conversions can panic
            case Instr.Extract e -> true;
            case Instr.BuiltinCall c -> c.builtin == goj.types.Builtin.Id.LEN || c.builtin == goj.types.Builtin.Id.CAP;
            case Instr.Index ix -> !ix.needsBoundsCheck && !(ix.x.type().underlying() instanceof goj.types.Basic);
            case Instr.MakeArray m -> true;
            case Instr.NewStruct n -> true;
            case Instr.WrapArray w -> true;
            case Instr.NewCell n -> true;
            case Instr.CellGet g -> g.cell instanceof Instr.NewCell; // other pointers may be nil
            case Instr.MakeClosure m -> true;
            case Instr.DeferStack d -> true;
            case Instr.MakeInterface m -> true;
            case Instr.Load l -> true;
            case Instr.Phi p -> true;
            default -> false;
        };
    }
}
