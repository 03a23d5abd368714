package goj.ssa;

import goj.ssa.Facts.Fact;
import goj.syntax.Operator;
import goj.types.Basic;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Marks the 64-bit signed induction variables whose values provably lie in {@code [0, 2^31-1]}
 * ({@link Instr#int32}), with their increments, so that the back end keeps them in JVM ints:
 * HotSpot optimizes int-counted loops (range-check elimination, unrolling, vectorization) far
 * better than long ones. A phi qualifies when each of its edges is a constant in that range, a
 * {@code len}, a qualifying phi, or the phi plus a positive constant {@code c} computed where
 * {@code phi < y} (or {@code <=}) holds with {@code y} a constant or a length small enough that
 * the sum stays below 2^31. This covers {@code for i := 0; i < N; i++} with a constant or
 * {@code len} bound and range loops over slices, arrays and integers of such bounds.
 */
final class NarrowInduction {
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private final Facts facts;

    private NarrowInduction(Function f) { this.facts = new Facts(f); }

    static void run(Function f) {
        NarrowInduction p = new NarrowInduction(f);
        for (BasicBlock b : f.blocks) {
            for (Instr in : b.instrs) {
                if (!(in instanceof Instr.Phi phi)) break;
                if (is64(phi) && p.fits(phi, new HashSet<>())) {
                    phi.int32 = true;
                    for (Value e : phi.edges) if (p.increment(phi, e) != null) ((Instr) e).int32 = true;
                }
            }
        }
    }

    private static boolean is64(Value v) {
        return v.type().underlying() instanceof Basic b && b.isInteger() && !b.isUnsigned() && b.size() == 8;
    }

    /** Whether {@code 0 <= v <= 2^31-1}; a phi met again while proving itself is assumed to (induction). */
    private boolean fits(Value v, Set<Value> assumed) {
        if (Facts.constant(v) instanceof BigInteger c) return c.signum() >= 0 && c.compareTo(MAX) <= 0;
        if (Facts.isLen(v) != null) return true;
        if (!(v instanceof Instr.Phi phi) || !is64(phi)) return false;
        if (!assumed.add(phi)) return true;
        for (Value e : phi.edges) {
            if (e == phi) continue;
            BigInteger c = increment(phi, e);
            if (c != null ? !boundedBelow(phi, c, facts.at(((Instr) e).block)) : !fits(e, assumed)) return false;
        }
        return true;
    }

    /** {@code c} if {@code e} is {@code phi + c} with a constant {@code c > 0}, else null. */
    private static BigInteger increment(Instr.Phi phi, Value e) {
        return e instanceof Instr.BinOp add && add.op == Operator.ADD && add.x == phi
                && Facts.constant(add.y) instanceof BigInteger c && c.signum() > 0 ? c : null;
    }

    /** Whether a fact {@code v < y} or {@code v <= y} bounds {@code v + c} by 2^31-1. */
    private static boolean boundedBelow(Value v, BigInteger c, List<Fact> facts) {
        for (Fact f : facts) {
            if (f.x() != v) continue;
            BigInteger bound = Facts.constant(f.y()) instanceof BigInteger k ? k : Facts.isLen(f.y()) != null ? MAX : null;
            if (bound == null) continue;
            BigInteger top = f.op() == Operator.LSS ? bound.subtract(BigInteger.ONE).add(c) : bound.add(c);
            if (top.compareTo(MAX) <= 0) return true;
        }
        return false;
    }
}
