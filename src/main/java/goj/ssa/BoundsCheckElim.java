package goj.ssa;

import goj.syntax.Operator;
import goj.ssa.Facts.Fact;
import goj.types.Basic;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes provably redundant bounds checks of {@link Instr.Index} and {@link Instr.IndexStore} on
 * slices, arrays and strings by clearing their {@code needsBoundsCheck}. An index {@code i} into {@code x}
 * is in range when {@code 0 <= i} and {@code i < len(x)} follow from:
 * <ul>
 * <li>constants (and, for arrays, the array's length);
 * <li>the signed comparisons of the {@code If}s whose taken edge dominates the access (an edge
 *     {@code p -> b} dominates when {@code b} dominates the access and {@code p} is {@code b}'s only
 *     predecessor), where {@code len(x)} is a {@code len} call on the very same SSA value {@code x};
 * <li>induction variables: a phi whose edges are non-negative or the phi plus a positive constant
 *     computed where {@code phi < y} holds, so the increment cannot wrap;
 * <li>{@code i - c} when {@code i >= c} holds and {@code i < len(x)}.
 * </ul>
 * This covers {@code for i := 0; i < len(s); i++ { s[i] }}, range loops over slices and arrays,
 * and constant indices into arrays. Anything else keeps its check.
 */
final class BoundsCheckElim {
    private final Facts facts;

    private BoundsCheckElim(Function f) { this.facts = new Facts(f); }

    static void run(Function f) {
        BoundsCheckElim p = new BoundsCheckElim(f);
        for (BasicBlock b : f.blocks) {
            for (Instr in : b.instrs) {
                switch (in) {
                    case Instr.Index ix when p.inRange(ix.x, ix.index, b) -> ix.needsBoundsCheck = false;
                    case Instr.IndexStore st when p.inRange(st.x, st.index, b) -> st.needsBoundsCheck = false;
                    default -> { }
                }
            }
        }
    }

    private boolean inRange(Value x, Value i, BasicBlock b) {
        if (!(x.type().underlying() instanceof goj.types.Slice || x.type().underlying() instanceof goj.types.Array
                || x.type().underlying() instanceof Basic sb && sb.isString())) return false;
        List<Fact> facts = this.facts.at(b);
        return nonNegative(i, facts, new HashSet<>()) && belowLen(i, x, facts);
    }

    /** Whether {@code v >= 0}. */
    private boolean nonNegative(Value v, List<Fact> facts, Set<Value> assumed) {
        if (Facts.constant(v) instanceof BigInteger c) return c.signum() >= 0;
        if (Facts.isLen(v) != null) return true;
        if (!Facts.signedInt(v)) return false;
        // c <= v or c < v with c >= -1
        for (Fact f : facts) {
            if (f.y() == v && Facts.constant(f.x()) instanceof BigInteger c && c.compareTo(f.op() == Operator.LSS ? BigInteger.ONE.negate() : BigInteger.ZERO) >= 0) return true;
            if (f.y() == v && f.x() != v && Facts.isLen(f.x()) != null) return true;
        }
        // v = a - c with a >= c
        if (v instanceof Instr.BinOp s && s.op == Operator.SUB && Facts.constant(s.y) instanceof BigInteger c && c.signum() > 0) {
            return atLeast(s.x, c, facts);
        }
        // a phi met again while proving itself is assumed non-negative (proof by induction)
        if (v instanceof Instr.Phi phi) return !assumed.add(phi) || induction(phi, assumed);
        return false;
    }

    /** Whether {@code a >= c}, from a fact {@code k <= a} or {@code k < a} with constant k. */
    private static boolean atLeast(Value a, BigInteger c, List<Fact> facts) {
        for (Fact f : facts) {
            if (f.y() != a || !(Facts.constant(f.x()) instanceof BigInteger k)) continue;
            if (f.op() == Operator.LEQ ? k.compareTo(c) >= 0 : k.add(BigInteger.ONE).compareTo(c) >= 0) return true;
        }
        return false;
    }

    /**
     * Whether phi is non-negative by induction: each edge is non-negative (assuming the phi is), or
     * is {@code phi + c} (c > 0) computed where {@code phi < y} holds for a {@code y} small enough
     * that the addition cannot wrap. A phi met again while proving it is assumed non-negative.
     */
    private boolean induction(Instr.Phi phi, Set<Value> assumed) {
        for (int k = 0; k < phi.edges.size(); k++) {
            Value e = phi.edges.get(k);
            if (e == phi) continue;
            if (e instanceof Instr.BinOp add && add.op == Operator.ADD && add.x == phi && Facts.constant(add.y) instanceof BigInteger c && c.signum() > 0) {
                if (!boundedBelowMax(phi, c, this.facts.at(add.block))) return false;
                continue;
            }
            if (!nonNegative(e, this.facts.at(phi.block.preds.get(k)), assumed)) return false;
        }
        return true;
    }

    /** Whether {@code v + c} cannot overflow: some fact {@code v < y} with y a length or a small enough constant. */
    private static boolean boundedBelowMax(Value v, BigInteger c, List<Fact> facts) {
        BigInteger max = BigInteger.ONE.shiftLeft(((Basic) v.type().underlying()).size() * 8 - 1).subtract(BigInteger.ONE);
        for (Fact f : facts) {
            if (f.x() != v) continue;
            if (f.op() == Operator.LSS && c.equals(BigInteger.ONE)) return true; // v < y <= max
            BigInteger bound = Facts.constant(f.y()) instanceof BigInteger k ? k : Facts.isLen(f.y()) != null ? BigInteger.valueOf(Integer.MAX_VALUE) : null;
            if (bound == null) continue;
            // v < bound (or v <= bound): v + c <= bound - 1 + c (bound + c) must not exceed max
            BigInteger top = f.op() == Operator.LSS ? bound.subtract(BigInteger.ONE).add(c) : bound.add(c);
            if (top.compareTo(max) <= 0) return true;
        }
        return false;
    }

    /** Whether {@code i < len(x)}. */
    private static boolean belowLen(Value i, Value x, List<Fact> facts) {
        long arrayLen = x.type().underlying() instanceof goj.types.Array a ? a.len() : -1;
        if (Facts.constant(i) instanceof BigInteger c && arrayLen >= 0) return c.compareTo(BigInteger.valueOf(arrayLen)) < 0;
        for (Fact f : facts) {
            if (f.x() != i) continue;
            if (f.op() == Operator.LSS && Facts.isLen(f.y()) == x) return true;
            if (arrayLen >= 0 && Facts.constant(f.y()) instanceof BigInteger k && (f.op() == Operator.LSS ? k.compareTo(BigInteger.valueOf(arrayLen)) <= 0 : k.compareTo(BigInteger.valueOf(arrayLen)) < 0)) return true;
        }
        // i = a - c (c > 0) with a < len(x); the caller has proved i >= 0, so no wraparound
        if (i instanceof Instr.BinOp s && s.op == Operator.SUB && Facts.constant(s.y) instanceof BigInteger c && c.signum() > 0) return belowLen(s.x, x, facts);
        return false;
    }

}
