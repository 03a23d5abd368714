package goj.rt;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;

/**
 * The {@code print} and {@code println} builtins, formatted byte for byte as gc's runtime does
 * (runtime/print.go): integers in decimal, floats as {@code +d.dddddde+ddd}, complex numbers as
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

    public static void putNil() { BUF.get().ascii("nil"); }

    public static void putFloat(double v) { BUF.get().ascii(formatFloat(v)); }

    public static void putComplex(double re, double im) {
        Buf b = BUF.get();
        b.write('(');
        b.ascii(formatFloat(re));
        b.ascii(formatFloat(im));
        b.ascii("i)");
    }

    /** gc's float format: sign, 7 significant digits as d.dddddd, 'e', exponent sign, 3 digits. */
    static String formatFloat(double v) {
        if (v != v) return "NaN";
        if (v + v == v && v > 0) return "+Inf";
        if (v + v == v && v < 0) return "-Inf";
        final int digits = 7;
        char sign = '+';
        int exp = 0;
        if (v == 0) {
            if (1 / v < 0) sign = '-';
        } else {
            if (v < 0) { v = -v; sign = '-'; }
            while (v >= 10) { exp++; v /= 10; }
            while (v < 1) { exp--; v *= 10; }
            double half = 5.0;
            for (int i = 0; i < digits; i++) half /= 10;
            v += half;
            if (v >= 10) { exp++; v /= 10; }
        }
        StringBuilder sb = new StringBuilder(digits + 7).append(sign);
        for (int i = 0; i < digits; i++) {
            int d = (int) v;
            sb.append((char) ('0' + d));
            if (i == 0) sb.append('.');
            v -= d;
            v *= 10;
        }
        sb.append('e').append(exp < 0 ? '-' : '+');
        int e = Math.abs(exp);
        sb.append((char) ('0' + e / 100)).append((char) ('0' + e / 10 % 10)).append((char) ('0' + e % 10));
        return sb.toString();
    }
}
