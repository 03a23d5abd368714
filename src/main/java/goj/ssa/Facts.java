package goj.ssa;

import goj.syntax.Operator;
import goj.types.Basic;
import goj.types.Constant;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The integer comparisons known to hold in each block of a function: those of the {@code If}
 * edges that dominate it (an edge {@code p -> b} dominates when {@code b} dominates the block and
 * {@code p} is {@code b}'s only predecessor), normalized to {@code x < y}, {@code x <= y}.
 */
final class Facts {
    private final Dominators dom;

    Facts(Function f) { this.dom = new Dominators(f); }

    /** A comparison {@code x op y} known to hold. */
    record Fact(Operator op, Value x, Value y) {}

    /** The comparisons that hold in {@code b}: those of the If edges that dominate it. */
    List<Fact> at(BasicBlock b) {
        List<Fact> out = new ArrayList<>();
        for (BasicBlock d = b; d != null; d = dom.idom(d)) {
            if (d.preds.size() != 1 || !(d.preds.getFirst().instrs.getLast() instanceof Instr.If br)) continue;
            BasicBlock p = d.preds.getFirst();
            if (p.succs.get(0) == p.succs.get(1)) continue;
            boolean taken = p.succs.get(0) == d;
            Value c = br.cond;
            while (c instanceof Instr.UnOp u && u.op == Operator.NOT) {
                c = u.x;
                taken = !taken;
            }
            if (!(c instanceof Instr.BinOp cmp) || !signedInt(cmp.x)) continue;
            Operator op = taken ? cmp.op : negate(cmp.op);
            if (op == null) continue;
            // normalize to x < y, x <= y (and keep x == y)
            switch (op) {
                case LSS, LEQ -> out.add(new Fact(op, cmp.x, cmp.y));
                case GTR -> out.add(new Fact(Operator.LSS, cmp.y, cmp.x));
                case GEQ -> out.add(new Fact(Operator.LEQ, cmp.y, cmp.x));
                default -> { }
            }
        }
        return out;
    }

    static Operator negate(Operator op) {
        return switch (op) {
            case LSS -> Operator.GEQ;
            case LEQ -> Operator.GTR;
            case GTR -> Operator.LEQ;
            case GEQ -> Operator.LSS;
            default -> null;
        };
    }

    static boolean signedInt(Value v) {
        return v.type().underlying() instanceof Basic t && t.isInteger() && !t.isUnsigned();
    }

    /** The operand of {@code len(operand)} if v is such a call, else null. */
    static Value isLen(Value v) {
        return v instanceof Instr.BuiltinCall c && c.builtin == goj.types.Builtin.Id.LEN && c.args.size() == 1 ? c.args.getFirst() : null;
    }

    static BigInteger constant(Value v) {
        return v instanceof Const c && c.value instanceof Constant.Int n ? n.value() : null;
    }
}
