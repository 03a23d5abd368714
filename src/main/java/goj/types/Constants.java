package goj.types;

import goj.syntax.Operator;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Exact arithmetic on {@link Constant}s and their conversion to typed values (the go/constant of goj). */
final class Constants {
    private Constants() {}

    static boolean isZero(Constant c) {
        return switch (c) {
            case Constant.Int i -> i.value().signum() == 0;
            case Constant.Float f -> f.value().signum() == 0;
            default -> false;
        };
    }

    /**
     * Whether float constant {@code f} is an integer value that an integer constant can hold:
     * like gc, integers beyond 512 bits (155 decimal digits) are not representable, so such a
     * float is "truncated" as an integer (and never expanded to a huge BigInteger).
     */
    static boolean isIntegral(Constant.Float f) {
        BigDecimal v = f.value().stripTrailingZeros();
        return v.scale() <= 0 && v.precision() - v.scale() <= 155;
    }

    static BigDecimal toDecimal(Constant c) {
        return switch (c) {
            case Constant.Int i -> new BigDecimal(i.value());
            case Constant.Float f -> f.value();
            default -> throw new IllegalArgumentException("not numeric: " + c);
        };
    }

    static Constant toFloat(Constant c) {
        return c instanceof Constant.Int i ? new Constant.Float(new BigDecimal(i.value())) : c;
    }

    static Constant negate(Constant c) {
        return switch (c) {
            case Constant.Int i -> new Constant.Int(i.value().negate());
            case Constant.Float f -> new Constant.Float(f.value().negate());
            default -> c;
        };
    }

    static boolean compare(Constant x, Operator op, Constant y) {
        int cmp;
        if (x instanceof Constant.Bool a && y instanceof Constant.Bool b) {
            cmp = a.value() == b.value() ? 0 : 1;
        } else if (x instanceof Constant.Str a && y instanceof Constant.Str b) {
            cmp = java.util.Arrays.compareUnsigned(a.bytes(), b.bytes());
        } else {
            cmp = toDecimal(x).compareTo(toDecimal(y));
        }
        return switch (op) {
            case EQL -> cmp == 0;
            case NEQ -> cmp != 0;
            case LSS -> cmp < 0;
            case LEQ -> cmp <= 0;
            case GTR -> cmp > 0;
            case GEQ -> cmp >= 0;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    /** {@code x op y}; {@code integer} selects integer division. */
    static Constant binary(Constant x, Operator op, Constant y, boolean integer) {
        if (x instanceof Constant.Bool a && y instanceof Constant.Bool b) {
            return new Constant.Bool(op == Operator.ANDAND ? a.value() && b.value() : a.value() || b.value());
        }
        if (x instanceof Constant.Str a && y instanceof Constant.Str b) {
            byte[] r = java.util.Arrays.copyOf(a.bytes(), a.bytes().length + b.bytes().length);
            System.arraycopy(b.bytes(), 0, r, a.bytes().length, b.bytes().length);
            return new Constant.Str(r);
        }
        if (integer && x instanceof Constant.Int a && y instanceof Constant.Int b) {
            BigInteger p = a.value(), q = b.value();
            return new Constant.Int(switch (op) {
                case ADD -> p.add(q);
                case SUB -> p.subtract(q);
                case MUL -> p.multiply(q);
                case DIV -> p.divide(q);
                case REM -> p.remainder(q);
                case AND -> p.and(q);
                case OR -> p.or(q);
                case XOR -> p.xor(q);
                case ANDNOT -> p.andNot(q);
                default -> throw new IllegalArgumentException(op.toString());
            });
        }
        BigDecimal p = toDecimal(x), q = toDecimal(y);
        BigDecimal r = switch (op) {
            case ADD -> p.add(q);
            case SUB -> p.subtract(q);
            case MUL -> p.multiply(q);
            case DIV -> p.divide(q, Constant.MC);
            default -> throw new IllegalArgumentException(op.toString());
        };
        return new Constant.Float(r);
    }

    /** {@code c} as a value of basic type {@code t}, or null if it is not representable. */
    static Constant convert(Constant c, Basic t) {
        if (t.isUntyped()) {
            if (t.isFloat()) return toFloat(c);
            return c;
        }
        if (t.isInteger()) {
            BigInteger v;
            if (c instanceof Constant.Int i) v = i.value();
            else if (c instanceof Constant.Float f && isIntegral(f)) v = f.value().toBigIntegerExact();
            else return null;
            int bits = t.size() * 8;
            BigInteger min = t.isUnsigned() ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
            BigInteger max = t.isUnsigned() ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
            return v.compareTo(min) < 0 || v.compareTo(max) > 0 ? null : new Constant.Int(v);
        }
        if (t.isFloat()) {
            if (!(c instanceof Constant.Int || c instanceof Constant.Float)) return null;
            BigDecimal d = toDecimal(c);
            double v = t.kind() == Basic.Kind.FLOAT32 ? d.floatValue() : d.doubleValue();
            if (Double.isInfinite(v)) return null;
            return new Constant.Float(t.kind() == Basic.Kind.FLOAT32 ? new BigDecimal((float) v) : new BigDecimal(v));
        }
        if (t.isString()) return c instanceof Constant.Str ? c : null;
        if (t.isBoolean()) return c instanceof Constant.Bool ? c : null;
        return null;
    }

}
