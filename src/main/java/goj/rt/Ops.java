package goj.rt;

/** Out-of-line helpers that generated code calls for Go operations the JVM has no instruction for. */
public final class Ops {
    private Ops() {}

    /** The panic of an integer division or remainder by zero. */
    public static GoPanic divideByZero() { return GoPanic.runtimeError("integer divide by zero"); }

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
