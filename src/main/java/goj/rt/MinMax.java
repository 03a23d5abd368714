package goj.rt;

/**
 * The builtins {@code min} and {@code max} where no {@code java.lang.Math} method has Go's
 * semantics: unsigned integers and strings. (Math.min/max of floats already follow Go: any NaN
 * gives NaN, and -0 is below +0.)
 */
public final class MinMax {
    private MinMax() {}

    public static long minU64(long a, long b) { return Long.compareUnsigned(a, b) <= 0 ? a : b; }

    public static long maxU64(long a, long b) { return Long.compareUnsigned(a, b) >= 0 ? a : b; }

    public static int minU32(int a, int b) { return Integer.compareUnsigned(a, b) <= 0 ? a : b; }

    public static int maxU32(int a, int b) { return Integer.compareUnsigned(a, b) >= 0 ? a : b; }

    public static GoString min(GoString a, GoString b) { return a.compareTo(b) <= 0 ? a : b; }

    public static GoString max(GoString a, GoString b) { return a.compareTo(b) >= 0 ? a : b; }
}
