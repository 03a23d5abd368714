package goj.rt;

/** Out-of-line helpers that generated code calls for Go operations the JVM has no instruction for. */
public final class Ops {
    private Ops() {}

    /** The panic of an integer division or remainder by zero. */
    public static GoPanic divideByZero() { return GoPanic.runtimeError("integer divide by zero"); }

    /**
     * A shift count as an int in [0, 64]: counts of 64 and more (or, unsigned, with the top bit
     * set) give 64; a negative signed count panics as gc does.
     */
    public static int shiftCount(long n, boolean signed) {
        if (n < 0) {
            if (signed) throw GoPanic.runtimeError("negative shift amount");
            return 64;
        }
        return n > 64 ? 64 : (int) n;
    }

    public static long shl64(long x, int n) { return n >= 64 ? 0 : x << n; }
    public static long shr64(long x, int n) { return x >> Math.min(n, 63); }
    public static long ushr64(long x, int n) { return n >= 64 ? 0 : x >>> n; }
    /** 32-bit and narrower values (sub-word values are kept sign- or zero-extended, so these are exact). */
    public static int shl32(int x, int n) { return n >= 32 ? 0 : x << n; }
    public static int shr32(int x, int n) { return x >> Math.min(n, 31); }
    public static int ushr32(int x, int n) { return n >= 32 ? 0 : x >>> n; }

    /** Boxes a panic value of an integer type. */
    public static Object boxInt(long v) { return v; }

    /** Go's conversion of a float to uint64 (values >= 2^63 wrap as gc's amd64 code does). */
    public static long f2u(double d) {
        return d < 9.223372036854775807E18 ? (long) d : (long) (d - 9.223372036854775807E18) ^ Long.MIN_VALUE;
    }

    /** Go's conversion of a uint64 to float64. */
    public static double u2d(long v) {
        if (v >= 0) return v;
        return ((v >>> 1) | (v & 1)) * 2.0;
    }

    /** Go's conversion of a uint64 to float32 (rounded once). */
    public static float u2f(long v) {
        if (v >= 0) return v;
        return ((v >>> 1) | (v & 1)) * 2.0f;
    }
}
