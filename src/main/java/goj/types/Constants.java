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
            case Constant.Complex z -> isZero(z.re()) && isZero(z.im());
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
            case Constant.Complex z when isZero(z.im()) -> toDecimal(z.re());
            default -> throw new IllegalArgumentException("not a real number: " + c);
        };
    }

    /** {@code c} as a complex constant (a real number gets an imaginary part of integer 0). */
    static Constant.Complex toComplex(Constant c) {
        return c instanceof Constant.Complex z ? z : new Constant.Complex(c, Constant.of(0));
    }

    /** The real part of numeric constant {@code c}. */
    static Constant real(Constant c) { return toComplex(c).re(); }

    /** The imaginary part of numeric constant {@code c}. */
    static Constant imag(Constant c) { return toComplex(c).im(); }

    /**
     * Whether both parts of complex divisor {@code c} square to 0 in go/constant's arithmetic,
     * whose big.Float exponents are 32-bit: gc reports such a division as division by zero
     * (go.dev/issue/20227).
     */
    static boolean squareUnderflows(Constant c) {
        Constant.Complex z = toComplex(c);
        return squareIsZero(z.re()) && squareIsZero(z.im());
    }

    private static boolean squareIsZero(Constant part) {
        BigDecimal v = toDecimal(part);
        if (v.signum() == 0) return true;
        double log2 = v.unscaledValue().abs().bitLength() - v.scale() * 3.321928094887362; // log2(10)
        return 2 * log2 < Integer.MIN_VALUE;
    }

    /** A real number: {@code c} itself, or its real part if it is complex with a zero imaginary part; null otherwise. */
    private static Constant toReal(Constant c) {
        if (!(c instanceof Constant.Complex z)) return c;
        return isZero(z.im()) ? z.re() : null;
    }

    /**
     * {@code p / q}: exact when the quotient has a finite decimal expansion (go/constant divides
     * rationals exactly: {@code 2**1024 / 2**53} must stay exact), else rounded to {@link Constant#MC}.
     */
    private static BigDecimal quotient(BigDecimal p, BigDecimal q) {
        try {
            return p.divide(q);
        } catch (ArithmeticException e) {
            return p.divide(q, Constant.MC);
        }
    }

    static Constant toFloat(Constant c) {
        return c instanceof Constant.Int i ? new Constant.Float(new BigDecimal(i.value())) : c;
    }

    static Constant negate(Constant c) {
        return switch (c) {
            case Constant.Int i -> new Constant.Int(i.value().negate());
            case Constant.Float f -> new Constant.Float(f.value().negate());
            case Constant.Complex z -> new Constant.Complex(negate(z.re()), negate(z.im()));
            default -> c;
        };
    }

    static boolean compare(Constant x, Operator op, Constant y) {
        int cmp;
        if (x instanceof Constant.Bool a && y instanceof Constant.Bool b) {
            cmp = a.value() == b.value() ? 0 : 1;
        } else if (x instanceof Constant.Str a && y instanceof Constant.Str b) {
            cmp = java.util.Arrays.compareUnsigned(a.bytes(), b.bytes());
        } else if (x instanceof Constant.Complex || y instanceof Constant.Complex) { // == and != only
            Constant.Complex a = toComplex(x), b = toComplex(y);
            cmp = toDecimal(a.re()).compareTo(toDecimal(b.re())) == 0 && toDecimal(a.im()).compareTo(toDecimal(b.im())) == 0 ? 0 : 1;
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
        if (x instanceof Constant.Complex || y instanceof Constant.Complex) return complexBinary(toComplex(x), op, toComplex(y));
        BigDecimal p = toDecimal(x), q = toDecimal(y);
        BigDecimal r = switch (op) {
            case ADD -> p.add(q);
            case SUB -> p.subtract(q);
            case MUL -> p.multiply(q);
            case DIV -> quotient(p, q);
            default -> throw new IllegalArgumentException(op.toString());
        };
        return new Constant.Float(r);
    }

    /** {@code a op b} for + - * / on complex constants (exact but for division). */
    private static Constant complexBinary(Constant.Complex a, Operator op, Constant.Complex b) {
        Constant re, im;
        switch (op) {
            case ADD, SUB -> {
                re = part(a.re(), op, b.re());
                im = part(a.im(), op, b.im());
            }
            case MUL -> { // (a+bi)(c+di) = (ac-bd) + (ad+bc)i
                re = part(part(a.re(), Operator.MUL, b.re()), Operator.SUB, part(a.im(), Operator.MUL, b.im()));
                im = part(part(a.re(), Operator.MUL, b.im()), Operator.ADD, part(a.im(), Operator.MUL, b.re()));
            }
            case DIV -> { // ((ac+bd) + (bc-ad)i) / (c²+d²)
                Constant d = part(part(b.re(), Operator.MUL, b.re()), Operator.ADD, part(b.im(), Operator.MUL, b.im()));
                re = part(part(part(a.re(), Operator.MUL, b.re()), Operator.ADD, part(a.im(), Operator.MUL, b.im())), Operator.DIV, d);
                im = part(part(part(a.im(), Operator.MUL, b.re()), Operator.SUB, part(a.re(), Operator.MUL, b.im())), Operator.DIV, d);
            }
            default -> throw new IllegalArgumentException(op.toString());
        }
        return new Constant.Complex(re, im);
    }

    /** {@code x op y} on real parts: integers stay integers but for division. */
    private static Constant part(Constant x, Operator op, Constant y) {
        return binary(x, op, y, op != Operator.DIV && x instanceof Constant.Int && y instanceof Constant.Int);
    }

    /** {@code c} as a value of basic type {@code t}, or null if it is not representable. */
    static Constant convert(Constant c, Basic t) {
        if (t.isComplex()) {
            if (!(c instanceof Constant.Int || c instanceof Constant.Float || c instanceof Constant.Complex)) return null;
            Constant.Complex z = toComplex(c);
            if (t.isUntyped()) return z;
            Basic part = t.kind() == Basic.Kind.COMPLEX64 ? Universe.FLOAT32 : Universe.FLOAT64;
            Constant re = convert(z.re(), part), im = convert(z.im(), part);
            return re == null || im == null ? null : new Constant.Complex(re, im);
        }
        if (c instanceof Constant.Complex) {
            c = toReal(c);
            if (c == null) return null;
        }
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
