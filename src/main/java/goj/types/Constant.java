package goj.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An exact constant value, as the spec's constant expressions need: booleans, strings (bytes),
 * integers of any size and floats with at least 256 bits of precision.
 *
 * <p>Integers are {@link BigInteger}s; floats are {@link BigDecimal}s (exact for literals, rounded
 * to {@link #MC} after division).
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
        @Override public String toString() {
            BigDecimal v = value.stripTrailingZeros();
            return v.scale() <= 0 && v.precision() - v.scale() <= 21 ? v.toBigInteger().toString() : Double.toString(v.doubleValue());
        }
    }

    static Constant of(long v) { return new Int(BigInteger.valueOf(v)); }

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
