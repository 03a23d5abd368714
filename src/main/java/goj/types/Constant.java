package goj.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An exact constant value, as the spec's constant expressions need: booleans, strings (bytes),
 * integers of any size, floats with at least 256 bits of precision and complex numbers.
 *
 * <p>Integers are {@link BigInteger}s; floats are {@link BigDecimal}s (exact for literals, rounded
 * to {@link #MC} after division); a complex constant is a pair of an {@link Int} or {@link Float}
 * real part and imaginary part, as go/constant keeps it. {@code toString} is go/constant's
 * {@code String}, which gc's messages quote.
 */
public sealed interface Constant {
    /** Precision used where float arithmetic cannot be exact. */
    MathContext MC = new MathContext(80);

    record Bool(boolean value) implements Constant {
        @Override public String toString() { return Boolean.toString(value); }
    }

    record Str(byte[] bytes) implements Constant {
        @Override public boolean equals(Object o) { return o instanceof Str s && Arrays.equals(bytes, s.bytes); }
        @Override public int hashCode() { return Arrays.hashCode(bytes); }
        @Override public String toString() { return Quote.go(bytes); }
        /** The bytes as chars 0..255 (how the back end stores string constants). */
        public String latin1() { return new String(bytes, StandardCharsets.ISO_8859_1); }
    }

    record Int(BigInteger value) implements Constant {
        @Override public String toString() { return value.toString(); }
    }

    record Float(BigDecimal value) implements Constant {
        @Override public String toString() { return FloatFormat.string(value); }
    }

    /** {@code re + im*i}; each part is an {@link Int} or a {@link Float}. */
    record Complex(Constant re, Constant im) implements Constant {
        @Override public String toString() { return "(" + re + " + " + im + "i)"; }
    }

    static Constant of(long v) { return new Int(BigInteger.valueOf(v)); }

    /**
     * go/constant's formatting of float values: {@code %.6g} of the nearest float64 (more digits
     * when that would hide a fraction), an approximate {@code %.6ge+N} outside float64's range.
     */
    final class FloatFormat {
        private FloatFormat() {}

        static String string(BigDecimal v) {
            if (v.signum() == 0) return "0";
            double d = v.doubleValue();
            if (Double.isInfinite(d) || d == 0) return g(v.round(new MathContext(6, java.math.RoundingMode.HALF_EVEN)));
            String s = g(new BigDecimal(d).round(new MathContext(6, java.math.RoundingMode.HALF_EVEN)));
            boolean integral = v.stripTrailingZeros().scale() <= 0;
            if (!integral && s.indexOf('.') < 0) s = g(new BigDecimal(Double.toString(d))); // go.dev/issue/56220
            return s;
        }

        /** Go's %g of decimal {@code v} (already rounded to the digits wanted): %e form when the exponent is below -4 or at least 6. */
        private static String g(BigDecimal v) {
            BigDecimal a = v.abs().stripTrailingZeros();
            String digits = a.unscaledValue().toString();
            int nd = digits.length();
            int exp = nd - a.scale() - 1;
            StringBuilder sb = new StringBuilder(v.signum() < 0 ? "-" : "");
            if (exp < -4 || exp >= 6) {
                sb.append(digits.charAt(0));
                if (nd > 1) sb.append('.').append(digits, 1, nd);
                sb.append('e').append(exp < 0 ? '-' : '+');
                int e = Math.abs(exp);
                if (e < 10) sb.append('0');
                sb.append(e);
            } else if (exp < 0) {
                sb.append("0.").append("0".repeat(-exp - 1)).append(digits);
            } else if (exp + 1 >= nd) {
                sb.append(digits).append("0".repeat(exp + 1 - nd));
            } else {
                sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, nd);
            }
            return sb.toString();
        }
    }

    /** Small helper for Go-style quoting of string constants in messages. */
    final class Quote {
        private Quote() {}

        static String go(byte[] b) {
            StringBuilder sb = new StringBuilder("\"");
            String s = new String(b, StandardCharsets.UTF_8);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\t' -> sb.append("\\t");
                    case '\r' -> sb.append("\\r");
                    default -> {
                        if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", (int) c));
                        else sb.append(c);
                    }
                }
            }
            return sb.append('"').toString();
        }
    }
}
