package goj.rt;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;

/**
 * The {@code print} and {@code println} builtins, formatted byte for byte as gc's runtime does
 * (runtime/print.go): integers in decimal, floats in strconv's shortest 'g' form, complex numbers as
 * {@code (re+imi)}, pointers in hex; output goes unbuffered to standard error.
 *
 * <p>Generated code calls {@link #begin()}, one {@code put} per argument (with
 * {@link #space()} between them for println), then {@link #end()} or {@link #endln()}: a whole
 * statement's output is written with one system call, as gc's printlock makes it atomic.
 */
public final class Print {
    private static final FileOutputStream STDERR = new FileOutputStream(FileDescriptor.err);
    private static final ThreadLocal<Buf> BUF = ThreadLocal.withInitial(Buf::new);

    private Print() {}

    private static final class Buf extends ByteArrayOutputStream {
        void ascii(String s) { for (int i = 0; i < s.length(); i++) write(s.charAt(i)); }
    }

    public static void begin() { BUF.get().reset(); }

    public static void end() {
        Buf b = BUF.get();
        try {
            STDERR.write(b.toByteArray());
        } catch (IOException e) {
            // gc ignores write errors of print
        }
        b.reset();
    }

    public static void endln() {
        BUF.get().write('\n');
        end();
    }

    public static void space() { BUF.get().write(' '); }

    public static void putString(GoString s) {
        Buf b = BUF.get();
        b.write(s.bytes, s.offset, s.length);
    }

    public static void putBool(boolean v) { BUF.get().ascii(v ? "true" : "false"); }

    public static void putInt(long v) { BUF.get().ascii(Long.toString(v)); }

    public static void putUint(long v) { BUF.get().ascii(Long.toUnsignedString(v)); }

    /** A pointer-shaped value (pointer, map, chan, func, unsafe.Pointer) printed as gc prints addresses. */
    public static void putPointer(Object p) {
        BUF.get().ascii(p == null ? "0x0" : "0x" + Long.toHexString(0xc000000000L + (System.identityHashCode(p) & 0xffffffffL) * 8));
    }

    /** A slice, as gc prints it: {@code [len/cap]} and the address of its array. */
    public static void putSlice(Slice s) {
        BUF.get().ascii("[" + Slices.len(s) + "/" + Slices.cap(s) + "]");
        putPointer(s == null ? null : s.array);
    }

    /** An interface value, as gc prints it: {@code (type word,data word)}. */
    public static void putIface(Object v) {
        BUF.get().ascii(v == null ? "(0x0,0x0)" : "(0x" + Long.toHexString(0x4a0000L + (v.getClass().hashCode() & 0xffffL) * 32)
                + ",0x" + Long.toHexString(0xc000000000L + (System.identityHashCode(v) & 0xffffffffL) * 8) + ")");
    }


    public static void putFloat(double v) { BUF.get().ascii(formatFloat(v)); }

    public static void putFloat32(float v) { BUF.get().ascii(formatFloat32(v)); }

    public static void putComplex(Complex128 c) { BUF.get().ascii(formatComplex(c)); }

    public static void putComplex64(Complex64 c) { BUF.get().ascii(formatComplex64(c)); }

    /** strconv.FormatComplex(c, 'g', -1, 128): {@code (re+imi)}, the imaginary part always signed. */
    static String formatComplex(Complex128 c) { return complex(formatFloat(c.re()), formatFloat(c.im())); }

    /** strconv.FormatComplex(c, 'g', -1, 64): the parts formatted as float32s. */
    static String formatComplex64(Complex64 c) { return complex(formatFloat32(c.re()), formatFloat32(c.im())); }

    private static String complex(String re, String im) {
        return "(" + re + (im.startsWith("-") || im.startsWith("+") ? "" : "+") + im + "i)";
    }

    /**
     * gc's float format: Go 1.27's runtime prints floats as {@code strconv.FormatFloat(v, 'g', -1,
     * bits)} does — the shortest decimal that reads back as {@code v}, in %e form (at least two
     * exponent digits) when the exponent is below -4 or at least 6.
     */
    static String formatFloat(double v) { return formatG(v, false); }

    static String formatFloat32(float v) { return formatG(v, true); }

    /** strconv.FormatFloat(v, 'g', -1, 64 or 32). */
    static String formatG(double v, boolean single) {
        if (v != v) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "+Inf" : "-Inf";
        String sign = (v < 0 || (v == 0 && 1 / v < 0)) ? "-" : "";
        if (v == 0) return sign + "0";
        double a = Math.abs(v);
        java.math.BigDecimal d = new java.math.BigDecimal(single ? Float.toString((float) a) : Double.toString(a)).stripTrailingZeros();
        String digits = d.unscaledValue().toString();
        int nd = digits.length();
        int dp = nd - d.scale(); // decimal point position relative to the digits
        if (nd == 2) {
            // Java prints at least two significant digits (4.9E-324); Go prints the shortest (5e-324)
            int one = (Integer.parseInt(digits) + 5) / 10;
            double back = single ? Float.parseFloat(one + "e" + (dp - 1)) : Double.parseDouble(one + "e" + (dp - 1));
            if (one < 10 && back == a) {
                digits = Integer.toString(one);
                nd = 1;
            }
        }
        int exp = dp - 1;
        StringBuilder sb = new StringBuilder(sign);
        if (exp < -4 || exp >= 6) {
            sb.append(digits.charAt(0));
            if (nd > 1) sb.append('.').append(digits, 1, nd);
            sb.append('e').append(exp < 0 ? '-' : '+');
            int e = Math.abs(exp);
            if (e < 10) sb.append('0');
            sb.append(e);
        } else if (dp <= 0) {
            sb.append("0.").append("0".repeat(-dp)).append(digits);
        } else if (dp >= nd) {
            sb.append(digits).append("0".repeat(dp - nd));
        } else {
            sb.append(digits, 0, dp).append('.').append(digits, dp, nd);
        }
        return sb.toString();
    }
}
