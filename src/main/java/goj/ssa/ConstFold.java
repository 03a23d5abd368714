package goj.ssa;

import goj.syntax.Operator;
import goj.types.Basic;
import goj.types.Constant;
import goj.types.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Constant folding of operations whose operands became constants after SSA construction (the
 * checker folds constant expressions; this pass folds {@code x := 5; y := x * 2}). Results follow
 * Go's run-time semantics for the operand type: integers wrap to the type's size, float64 and
 * float32 arithmetic round as IEEE binary64/binary32. Operations that would panic (division by
 * zero, negative shift counts) and float results a constant cannot hold exactly (NaN, infinities,
 * negative zero) are left for run time. Folded instructions become unused; {@link DeadCode}
 * removes them.
 */
final class ConstFold {
    private ConstFold() {}

    static void run(Function f) {
        Map<Value, Value> repl = new HashMap<>();
        for (BasicBlock b : f.blocks) {
            for (Instr in : b.instrs) {
                Operands.rewrite(in, v -> repl.getOrDefault(v, v)); // so folds cascade within a pass over the blocks
                Constant c = fold(in);
                if (c != null) repl.put(in, f.number(new Const(c, in.type(), in.pos())));
            }
        }
        Operands.replaceAll(f, repl);
    }

    private static Constant fold(Instr in) {
        if (in.type() instanceof Basic b && b.isUntyped()) return null; // e.g. 1<<s in an interface context: no size to wrap to
        return switch (in) {
            case Instr.BinOp b when b.x instanceof Const x && b.y instanceof Const y && x.value != null && y.value != null -> binary(b.op, x, y);
            case Instr.UnOp u when u.x instanceof Const x && x.value != null -> unary(u.op, x);
            case Instr.Convert c when c.x instanceof Const x && x.value instanceof Constant.Int n -> convert(n.value(), c.type());
            default -> null;
        };
    }

    private static Constant binary(Operator op, Const x, Const y) {
        if (!(x.type().underlying() instanceof Basic t) || t.isUntyped()) return null;
        if (t.isInteger()) {
            BigInteger l = integer(x.value), r = integer(y.value);
            if (l == null || r == null) return null;
            BigInteger v = switch (op) {
                case ADD -> l.add(r);
                case SUB -> l.subtract(r);
                case MUL -> l.multiply(r);
                case DIV -> r.signum() == 0 ? null : l.divide(r);
                case REM -> r.signum() == 0 ? null : l.remainder(r);
                case AND -> l.and(r);
                case OR -> l.or(r);
                case XOR -> l.xor(r);
                case ANDNOT -> l.andNot(r);
                case SHL -> r.signum() < 0 ? null : r.compareTo(BigInteger.valueOf(t.size() * 8L)) >= 0 ? BigInteger.ZERO : l.shiftLeft(r.intValue());
                case SHR -> r.signum() < 0 ? null : l.shiftRight(r.min(BigInteger.valueOf(64)).intValue());
                default -> null;
            };
            return v != null ? new Constant.Int(wrap(v, t)) : compare(op, l.compareTo(r));
        }
        if (t.isFloat()) {
            boolean f32 = t.kind() == Basic.Kind.FLOAT32;
            double l = real(x.value), r = real(y.value);
            Double v = switch (op) {
                case ADD -> f32 ? (double) ((float) l + (float) r) : l + r;
                case SUB -> f32 ? (double) ((float) l - (float) r) : l - r;
                case MUL -> f32 ? (double) ((float) l * (float) r) : l * r;
                case DIV -> f32 ? (double) ((float) l / (float) r) : l / r;
                default -> null;
            };
            return v != null ? exact(v) : compare(op, l < r ? -1 : l > r ? 1 : 0);
        }
        if (x.value instanceof Constant.Str a && y.value instanceof Constant.Str b) {
            if (op == Operator.ADD) {
                byte[] s = java.util.Arrays.copyOf(a.bytes(), a.bytes().length + b.bytes().length);
                System.arraycopy(b.bytes(), 0, s, a.bytes().length, b.bytes().length);
                return new Constant.Str(s);
            }
            return compare(op, java.util.Arrays.compareUnsigned(a.bytes(), b.bytes()));
        }
        if (x.value instanceof Constant.Bool a && y.value instanceof Constant.Bool b) {
            return op == Operator.EQL ? new Constant.Bool(a.value() == b.value()) : op == Operator.NEQ ? new Constant.Bool(a.value() != b.value()) : null;
        }
        return null;
    }

    private static BigInteger integer(Constant c) {
        return switch (c) {
            case Constant.Int n -> n.value();
            case Constant.Float d when d.value().stripTrailingZeros().scale() <= 0 -> d.value().toBigInteger();
            default -> null;
        };
    }

    private static double real(Constant c) {
        return c instanceof Constant.Int n ? n.value().doubleValue() : ((Constant.Float) c).value().doubleValue();
    }

    /** The comparison {@code op} given the sign of the operands' difference (floats: NaN is never folded, see exact). */
    private static Constant compare(Operator op, int cmp) {
        return switch (op) {
            case EQL -> new Constant.Bool(cmp == 0);
            case NEQ -> new Constant.Bool(cmp != 0);
            case LSS -> new Constant.Bool(cmp < 0);
            case LEQ -> new Constant.Bool(cmp <= 0);
            case GTR -> new Constant.Bool(cmp > 0);
            case GEQ -> new Constant.Bool(cmp >= 0);
            default -> null;
        };
    }

    private static Constant unary(Operator op, Const x) {
        if (op == Operator.NOT) return x.value instanceof Constant.Bool b ? new Constant.Bool(!b.value()) : null;
        if (!(x.type().underlying() instanceof Basic t) || t.isUntyped()) return null;
        if (t.isInteger() && integer(x.value) instanceof BigInteger n) {
            return op == Operator.SUB ? new Constant.Int(wrap(n.negate(), t)) : op == Operator.XOR ? new Constant.Int(wrap(n.not(), t)) : null;
        }
        return t.isFloat() && op == Operator.SUB ? exact(-real(x.value)) : null;
    }

    private static Constant convert(BigInteger v, Type to) {
        if (!(to.underlying() instanceof Basic t) || t.isUntyped()) return null;
        if (t.isInteger()) return new Constant.Int(wrap(v, t));
        if (!t.isFloat() || v.bitLength() > 63) return null;
        return exact(t.kind() == Basic.Kind.FLOAT32 ? (double) (float) v.longValue() : (double) v.longValue());
    }

    /** {@code d} as an exact constant, or null when no constant holds it (NaN, infinities, -0). */
    private static Constant exact(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0 && 1 / d < 0) return null;
        return new Constant.Float(new BigDecimal(d));
    }

    /** {@code v} reduced to the range of integer type {@code t} with two's complement wraparound. */
    static BigInteger wrap(BigInteger v, Basic t) {
        int bits = t.size() * 8;
        BigInteger m = v.and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
        return !t.isUnsigned() && m.testBit(bits - 1) ? m.subtract(BigInteger.ONE.shiftLeft(bits)) : m;
    }

    private static Basic basic(Type t) { return (Basic) t.underlying(); }
}
