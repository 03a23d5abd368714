package goj.rt;

import java.lang.reflect.Array;
import java.util.Arrays;

/**
 * Slice, array and string operations with Go's semantics and gc's panic messages: bounds checks,
 * {@code make}, {@code append} with gc's growth policy (so {@code cap} reports what gc reports),
 * {@code copy}, slicing, and conversions between strings and byte/rune slices.
 *
 * <p>Element accessors come in one variant per backing array type (suffix Z B S C I J F D L);
 * the JIT inlines them, so a Go index expression costs a bounds check and an array access.
 */
public final class Slices {
    private Slices() {}

    // ---- bounds ----

    static GoPanic indexError(long i, long len) {
        return GoPanic.runtimeError("index out of range [" + i + "] with length " + len);
    }

    /** The backing-array index of {@code s[i]}, or a panic. */
    public static int at(Slice s, long i) {
        int len = s == null ? 0 : s.length;
        if (Long.compareUnsigned(i, len) >= 0) throw indexError(i, len); // i < 0 or i >= len
        return s.offset + (int) i;
    }

    /** Checks {@code 0 <= i < len} for an array or string index; returns i as an int. */
    public static int check(long i, int len) {
        if (Long.compareUnsigned(i, len) >= 0) throw indexError(i, len); // i < 0 or i >= len
        return (int) i;
    }

    public static int len(Slice s) { return s == null ? 0 : s.length; }
    public static int cap(Slice s) { return s == null ? 0 : s.capacity; }

    // ---- element access (the index is checked first: a nil slice has no backing array) ----

    public static boolean getZ(Slice s, long i) { int k = at(s, i); return ((boolean[]) s.array)[k]; }
    public static int getB(Slice s, long i) { int k = at(s, i); return ((byte[]) s.array)[k]; }
    public static int getUB(Slice s, long i) { int k = at(s, i); return ((byte[]) s.array)[k] & 0xFF; }
    public static int getS(Slice s, long i) { int k = at(s, i); return ((short[]) s.array)[k]; }
    public static int getC(Slice s, long i) { int k = at(s, i); return ((char[]) s.array)[k]; }
    public static int getI(Slice s, long i) { int k = at(s, i); return ((int[]) s.array)[k]; }
    public static long getJ(Slice s, long i) { int k = at(s, i); return ((long[]) s.array)[k]; }
    public static float getF(Slice s, long i) { int k = at(s, i); return ((float[]) s.array)[k]; }
    public static double getD(Slice s, long i) { int k = at(s, i); return ((double[]) s.array)[k]; }
    public static Object getL(Slice s, long i) { int k = at(s, i); return ((Object[]) s.array)[k]; }

    public static void setZ(Slice s, long i, boolean v) { int k = at(s, i); ((boolean[]) s.array)[k] = v; }
    public static void setB(Slice s, long i, int v) { int k = at(s, i); ((byte[]) s.array)[k] = (byte) v; }
    public static void setS(Slice s, long i, int v) { int k = at(s, i); ((short[]) s.array)[k] = (short) v; }
    public static void setC(Slice s, long i, int v) { int k = at(s, i); ((char[]) s.array)[k] = (char) v; }
    public static void setI(Slice s, long i, int v) { int k = at(s, i); ((int[]) s.array)[k] = v; }
    public static void setJ(Slice s, long i, long v) { int k = at(s, i); ((long[]) s.array)[k] = v; }
    public static void setF(Slice s, long i, float v) { int k = at(s, i); ((float[]) s.array)[k] = v; }
    public static void setD(Slice s, long i, double v) { int k = at(s, i); ((double[]) s.array)[k] = v; }
    public static void setL(Slice s, long i, Object v) { int k = at(s, i); ((Object[]) s.array)[k] = v; }

    // ---- make, literals ----

    /** A new backing array of {@code n} zero elements of class {@code component} (zero strings are filled in). */
    public static Object newArray(Class<?> component, long n, Object zero) {
        Object a = Array.newInstance(component, (int) n);
        if (zero instanceof GoStruct z) {
            Object[] o = (Object[]) a;
            for (int i = 0; i < o.length; i++) o[i] = z.copy(); // each element its own struct
        } else if (zero != null && zero.getClass().isArray()) {
            Object[] o = (Object[]) a;
            for (int i = 0; i < o.length; i++) o[i] = cloneArray(zero); // each element its own array
        } else if (zero != null) {
            Arrays.fill((Object[]) a, zero);
        }
        return a;
    }

    /** {@code clear(s)}: sets the elements up to {@code len(s)} to their zero value ({@code zero} for reference elements, as in {@link #newArray}). */
    public static void clear(Slice s, Object zero) {
        if (s == null) return;
        int from = s.offset, to = s.offset + s.length;
        switch (s.array) {
            case boolean[] a -> Arrays.fill(a, from, to, false);
            case byte[] a -> Arrays.fill(a, from, to, (byte) 0);
            case short[] a -> Arrays.fill(a, from, to, (short) 0);
            case char[] a -> Arrays.fill(a, from, to, (char) 0);
            case int[] a -> Arrays.fill(a, from, to, 0);
            case long[] a -> Arrays.fill(a, from, to, 0L);
            case float[] a -> Arrays.fill(a, from, to, 0f);
            case double[] a -> Arrays.fill(a, from, to, 0d);
            case Object[] a when zero instanceof GoStruct z -> { for (int i = from; i < to; i++) a[i] = z.copy(); }
            case Object[] a -> Arrays.fill(a, from, to, zero);
            default -> throw new IllegalStateException("slice of " + s.array.getClass());
        }
    }

    /** {@code make([]T, len, cap)}. */
    public static Slice make(Class<?> component, long len, long cap, Object zero) {
        if (len < 0 || len > Integer.MAX_VALUE - 8) throw GoPanic.runtimeError("makeslice: len out of range");
        if (cap < len || cap > Integer.MAX_VALUE - 8) throw GoPanic.runtimeError("makeslice: cap out of range");
        return new Slice(newArray(component, cap, zero), 0, (int) len, (int) cap);
    }

    /** A slice of the whole of a freshly made array (composite literals). */
    public static Slice wrap(Object array) {
        int n = Array.getLength(array);
        return new Slice(array, 0, n, n);
    }

    // ---- slicing ----

    /** {@code s[lo:hi:max]} of a slice ({@code hi}/{@code max} = -1 when omitted). */
    public static Slice slice(Slice s, long lo, long hi, long max) {
        int cap = cap(s);
        if (max < 0) max = cap;
        if (hi < 0) hi = len(s);
        checkSlice(lo, hi, max, cap, max != cap);
        if (s == null) return null;
        return new Slice(s.array, s.offset + (int) lo, (int) (hi - lo), (int) (max - lo));
    }

    /** {@code a[lo:hi:max]} of an array. */
    public static Slice sliceArray(Object array, long lo, long hi, long max) {
        int n = Array.getLength(array);
        if (max < 0) max = n;
        if (hi < 0) hi = n;
        checkSlice(lo, hi, max, n, max != n);
        return new Slice(array, (int) lo, (int) (hi - lo), (int) (max - lo));
    }

    private static void checkSlice(long lo, long hi, long max, int cap, boolean full) {
        if (max < 0 || max > cap) throw GoPanic.runtimeError("slice bounds out of range [::" + max + "] with capacity " + cap);
        if (hi < 0 || hi > max) {
            throw GoPanic.runtimeError(full ? "slice bounds out of range [:" + hi + ":" + max + "]"
                    : "slice bounds out of range [:" + hi + "] with capacity " + cap);
        }
        if (lo < 0 || lo > hi) throw GoPanic.runtimeError("slice bounds out of range [" + lo + ":" + hi + "]");
    }

    /** {@code s[lo:hi]} of a string. */
    public static GoString sliceString(GoString s, long lo, long hi) {
        int n = s.length;
        if (hi < 0) hi = n;
        if (hi > n) throw GoPanic.runtimeError("slice bounds out of range [:" + hi + "] with length " + n);
        if (lo < 0 || lo > hi) throw GoPanic.runtimeError("slice bounds out of range [" + lo + ":" + hi + "]");
        return s.slice((int) lo, (int) hi);
    }

    /** {@code s[i]} of a string. */
    public static int stringAt(GoString s, long i) {
        if (Long.compareUnsigned(i, s.length) >= 0) throw indexError(i, s.length); // i < 0 or i >= len
        return s.byteAt((int) i);
    }

    // ---- append, copy ----

    /**
     * Makes room for {@code n} more elements: returns a slice of length {@code len(s)+n} that
     * shares {@code s}'s array when it fits, else a copy in a new array grown as gc grows it.
     * {@code elemSize} is the element's size in bytes on amd64 and {@code pointers} whether it
     * holds pointers (both for gc's size classes).
     */
    public static Slice grow(Slice s, int n, Class<?> component, int elemSize, boolean pointers, Object zero) {
        int len = len(s), cap = cap(s);
        long newLen = (long) len + n;
        if (newLen > Integer.MAX_VALUE - 8) throw GoPanic.runtimeError("growslice: len out of range");
        if (newLen <= cap) return new Slice(s.array, s.offset, (int) newLen, cap);
        int newCap = GrowPolicy.newCap((int) newLen, cap, elemSize, pointers);
        Object a = newArray(component, newCap, zero);
        if (len > 0) System.arraycopy(s.array, s.offset, a, 0, len);
        return new Slice(a, 0, (int) newLen, newCap);
    }

    // ---- append(s, v) of one element: grow, then store without a second bounds check ----

    public static Slice appendZ(Slice s, boolean v) { Slice r = grow(s, 1, boolean.class, 1, false, null); ((boolean[]) r.array)[r.offset + r.length - 1] = v; return r; }
    public static Slice appendB(Slice s, int v) { Slice r = grow(s, 1, byte.class, 1, false, null); ((byte[]) r.array)[r.offset + r.length - 1] = (byte) v; return r; }
    public static Slice appendS(Slice s, int v) { Slice r = grow(s, 1, short.class, 2, false, null); ((short[]) r.array)[r.offset + r.length - 1] = (short) v; return r; }
    public static Slice appendC(Slice s, int v) { Slice r = grow(s, 1, char.class, 2, false, null); ((char[]) r.array)[r.offset + r.length - 1] = (char) v; return r; }
    public static Slice appendI(Slice s, int v) { Slice r = grow(s, 1, int.class, 4, false, null); ((int[]) r.array)[r.offset + r.length - 1] = v; return r; }
    public static Slice appendJ(Slice s, long v) { Slice r = grow(s, 1, long.class, 8, false, null); ((long[]) r.array)[r.offset + r.length - 1] = v; return r; }
    public static Slice appendF(Slice s, float v) { Slice r = grow(s, 1, float.class, 4, false, null); ((float[]) r.array)[r.offset + r.length - 1] = v; return r; }
    public static Slice appendD(Slice s, double v) { Slice r = grow(s, 1, double.class, 8, false, null); ((double[]) r.array)[r.offset + r.length - 1] = v; return r; }

    /** {@code append(s, v)} for elements held in an {@code Object[]} (class, size and zero as for {@link #grow}). */
    public static Slice appendL(Slice s, Object v, Class<?> component, int elemSize, boolean pointers, Object zero) {
        Slice r = grow(s, 1, component, elemSize, pointers, zero);
        ((Object[]) r.array)[r.offset + r.length - 1] = v;
        return r;
    }

    /** {@code append(s, t...)}. */
    public static Slice appendSlice(Slice s, Slice t, Class<?> component, int elemSize, boolean pointers, Object zero) {
        int n = len(t);
        if (n == 0) return s == null && t != null ? s : s;
        int len = len(s);
        Slice r = grow(s, n, component, elemSize, pointers, zero);
        System.arraycopy(t.array, t.offset, r.array, r.offset + len, n);
        return r;
    }

    /** {@code append(b, str...)} for a byte slice. */
    public static Slice appendString(Slice s, GoString t) {
        int n = t.length;
        if (n == 0) return s;
        int len = len(s);
        Slice r = grow(s, n, byte.class, 1, false, null);
        System.arraycopy(t.bytes, t.offset, r.array, r.offset + len, n);
        return r;
    }

    /** {@code copy(dst, src)}. */
    public static long copy(Slice dst, Slice src) {
        int n = Math.min(len(dst), len(src));
        if (n > 0) System.arraycopy(src.array, src.offset, dst.array, dst.offset, n);
        return n;
    }

    /** {@code copy(dst, str)} for a byte slice. */
    public static long copyString(Slice dst, GoString src) {
        int n = Math.min(len(dst), src.length);
        if (n > 0) System.arraycopy(src.bytes, src.offset, dst.array, dst.offset, n);
        return n;
    }

    // ---- conversions ----

    public static Slice bytesOf(GoString s) {
        byte[] b = s.toBytes();
        return new Slice(b, 0, b.length, GrowPolicy.roundUp(b.length, 1, false));
    }

    public static GoString stringOfBytes(Slice s) {
        if (len(s) == 0) return GoString.EMPTY;
        return GoString.wrap(Arrays.copyOfRange((byte[]) s.array, s.offset, s.offset + s.length));
    }

    public static Slice runesOf(GoString s) {
        int[] r = new int[s.length];
        int n = 0;
        for (int i = 0; i < s.length; ) {
            long d = Utf8.decode(s, i);
            r[n++] = (int) d;
            i += (int) (d >>> 32);
        }
        return new Slice(Arrays.copyOf(r, n), 0, n, n);
    }

    public static GoString stringOfRunes(Slice s) {
        int n = len(s);
        if (n == 0) return GoString.EMPTY;
        int[] runes = (int[]) s.array;
        int size = 0;
        for (int i = s.offset; i < s.offset + n; i++) size += Utf8.size(Utf8.valid(runes[i]));
        byte[] b = new byte[size];
        for (int i = s.offset, at = 0; i < s.offset + n; i++) at = Utf8.encode(b, at, Utf8.valid(runes[i]));
        return GoString.wrap(b);
    }

    /** {@code string(r)} for an integer r. */
    public static GoString stringOfRune(long r) {
        int v = r < 0 || r > 0x10FFFF ? 0xFFFD : Utf8.valid((int) r);
        byte[] b = new byte[Utf8.size(v)];
        Utf8.encode(b, 0, v);
        return GoString.wrap(b);
    }

    /** Clones an array value (Go arrays are values: assignment copies). */
    public static Object cloneArray(Object a) {
        return switch (a) {
            case long[] x -> x.clone();
            case int[] x -> x.clone();
            case byte[] x -> x.clone();
            case short[] x -> x.clone();
            case char[] x -> x.clone();
            case boolean[] x -> x.clone();
            case float[] x -> x.clone();
            case double[] x -> x.clone();
            case Object[] x -> {
                Object[] c = x.clone();
                for (int i = 0; i < c.length; i++) {
                    if (c[i] instanceof GoStruct g) c[i] = g.copy();
                    else if (c[i] != null && c[i].getClass().isArray()) c[i] = cloneArray(c[i]);
                }
                yield c;
            }
            default -> throw new IllegalArgumentException("not an array: " + a);
        };
    }
}
