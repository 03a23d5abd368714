package goj.types;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** Values of Go literals from their source text (the scanner has already validated the syntax). */
final class Literals {
    private Literals() {}

    static BigInteger parseInt(String s) {
        s = s.replace("_", "");
        if (s.length() > 1 && s.charAt(0) == '0') {
            char c = Character.toLowerCase(s.charAt(1));
            if (c == 'x') return new BigInteger(s.substring(2), 16);
            if (c == 'b') return new BigInteger(s.substring(2), 2);
            if (c == 'o') return new BigInteger(s.substring(2), 8);
            return new BigInteger(s.substring(1), 8);
        }
        return new BigInteger(s);
    }

    static BigDecimal parseFloat(String s) {
        s = s.replace("_", "");
        if (s.length() > 1 && (s.startsWith("0x") || s.startsWith("0X"))) {
            // 0x mantissa p exponent: exact via BigDecimal
            String t = s.substring(2).toLowerCase();
            int p = t.indexOf('p');
            String mant = p < 0 ? t : t.substring(0, p);
            int exp = p < 0 ? 0 : Integer.parseInt(t.substring(p + 1).replace("+", ""));
            int dot = mant.indexOf('.');
            if (dot >= 0) {
                exp -= 4 * (mant.length() - dot - 1);
                mant = mant.substring(0, dot) + mant.substring(dot + 1);
            }
            BigDecimal m = new BigDecimal(new BigInteger(mant.isEmpty() ? "0" : mant, 16));
            return exp >= 0 ? m.multiply(new BigDecimal(BigInteger.TWO.pow(exp))) : m.divide(new BigDecimal(BigInteger.TWO.pow(-exp)));
        }
        BigDecimal d = new BigDecimal(s);
        // go/constant keeps floats as big.Float, whose binary exponent is an int32: beyond it a
        // literal is malformed (a value that small becomes 0)
        if (d.signum() != 0) {
            long exp10 = d.precision() - (long) d.scale() - 1; // d = lead * 10**exp10, 1 <= lead < 10
            double lead = new BigDecimal(d.unscaledValue(), d.precision() - 1).abs().doubleValue();
            if (Math.floor(exp10 * 3.321928094887362 + Math.log(lead) / Math.log(2)) + 1 > Integer.MAX_VALUE) {
                throw new NumberFormatException("exponent overflow");
            }
        }
        return d;
    }

    /** An imaginary literal: its digits (without the {@code i}) read as a float literal, so {@code 017i} is {@code 17i}. */
    static Constant.Complex parseImag(String s) {
        String m = s.substring(0, s.length() - 1).replace("_", "");
        String lower = m.toLowerCase();
        BigDecimal im = lower.startsWith("0b") || lower.startsWith("0o") ? new BigDecimal(parseInt(m)) : parseFloat(m);
        return new Constant.Complex(Constant.of(0), new Constant.Float(im));
    }

    static long parseRune(String s) {
        byte[] b = unquote(s.substring(1, s.length() - 1), '\'');
        String str = new String(b, StandardCharsets.UTF_8);
        if (b.length == 1) return b[0] & 0xFF;
        if (s.charAt(1) == '\\' && (s.charAt(2) == 'x' || s.charAt(2) >= '0' && s.charAt(2) <= '7')) return b[0] & 0xFF;
        return str.codePointAt(0);
    }

    static byte[] parseString(String s) {
        if (s.charAt(0) == '`') {
            return s.substring(1, s.length() - 1).replace("\r", "").getBytes(StandardCharsets.UTF_8);
        }
        return unquote(s.substring(1, s.length() - 1), '"');
    }

    /** Decodes escapes; other characters (the scanner decoded the source as UTF-8) are encoded as UTF-8. */
    private static byte[] unquote(String s, char quote) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c != '\\') {
                writeUtf8(out, c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'x' -> { out.write(Integer.parseInt(s.substring(i, i + 2), 16)); i += 2; }
                case 'u' -> { writeUtf8(out, Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
                case 'U' -> { writeUtf8(out, Integer.parseInt(s.substring(i, i + 8), 16)); i += 8; }
                default -> { out.write(Integer.parseInt(s.substring(i - 1, i + 2), 8)); i += 2; }
            }
        }
        return out.toByteArray();
    }

    private static void writeUtf8(ByteArrayOutputStream out, int cp) {
        if (cp < 0x80) {
            out.write(cp);
            return;
        }
        byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
    }
}
