package goj.rt;

/**
 * Pointers to array elements ({@code &a[i]}, {@code &s[i]}): the backing array and the index, one
 * class per element storage (as {@code goj.rt.Slices}' accessors: B/UB signed and unsigned bytes,
 * S short, C char). Equal when they point to the same element.
 */
public final class ElemPointers {
    private ElemPointers() {}

    public static final class Z extends Pointers.Z {
        final boolean[] a;
        final int i;
        public Z(boolean[] a, int i) { this.a = a; this.i = i; }
        public boolean get() { return a[i]; }
        public void set(boolean v) { a[i] = v; }
        @Override public boolean equals(Object o) { return o instanceof Z p && p.a == a && p.i == i; }
        @Override public int hashCode() { return System.identityHashCode(a) * 31 + i; }
    }

    public static final class B extends Pointers.I {
        final byte[] a;
        final int i;
        public B(byte[] a, int i) { this.a = a; this.i = i; }
        public int get() { return a[i]; }
        public void set(int v) { a[i] = (byte) v; }
        @Override public boolean equals(Object o) { return o instanceof B p && p.a == a && p.i == i; }
        @Override public int hashCode() { return System.identityHashCode(a) * 31 + i; }
    }

    public static final class UB extends Pointers.I {
        final byte[] a;
        final int i;
        public UB(byte[] a, int i) { this.a = a; this.i = i; }
        public int get() { return a[i] & 0xFF; }
        public void set(int v) { a[i] = (byte) v; }
        @Override public boolean equals(Object o) { return o instanceof UB p && p.a == a && p.i == i; }
        @Override public int hashCode() { return System.identityHashCode(a) * 31 + i; }
    }

    public static final class S extends Pointers.I {
        final short[] a;
        final int i;
        public S(short[] a, int i) { this.a = a; this.i = i; }
        public int get() { return a[i]; }
        public void set(int v) { a[i] = (short) v; }
        @Override public boolean equals(Object o) { return o instanceof S p && p.a == a && p.i == i; }
        @Override public int hashCode() { return System.identityHashCode(a) * 31 + i; }
    }

    public static final class C extends Pointers.I {
        final char[] a;
        final int i;
        public C(char[] a, int i) { this.a = a; this.i = i; }
        public int get() { return a[i]; }
        public void set(int v) { a[i] = (char) v; }
        @Override public boolean equals(Object o) { return o instanceof C p && p.a == a && p.i == i; }
        @Override public int hashCode() { return System.identityHashCode(a) * 31 + i; }
    }

    public static final class I extends Pointers.I {
        final int[] a;
        final int i;
        public I(int[] a, int i) { this.a = a; this.i = i; }
        public int get() { return a[i]; }
        public void set(int v) { a[i] = v; }
        @Override public boolean equals(Object o) { return o instanceof I p && p.a == a && p.i == i; }
        @Override public int hashCode() { return System.identityHashCode(a) * 31 + i; }
    }

    public static final class J extends Pointers.J {
        final long[] a;
        final int i;
        public J(long[] a, int i) { this.a = a; this.i = i; }
        public long get() { return a[i]; }
        public void set(long v) { a[i] = v; }
        @Override public boolean equals(Object o) { return o instanceof J p && p.a == a && p.i == i; }
        @Override public int hashCode() { return System.identityHashCode(a) * 31 + i; }
    }

    public static final class F extends Pointers.F {
        final float[] a;
        final int i;
        public F(float[] a, int i) { this.a = a; this.i = i; }
        public float get() { return a[i]; }
        public void set(float v) { a[i] = v; }
        @Override public boolean equals(Object o) { return o instanceof F p && p.a == a && p.i == i; }
        @Override public int hashCode() { return System.identityHashCode(a) * 31 + i; }
    }

    public static final class D extends Pointers.D {
        final double[] a;
        final int i;
        public D(double[] a, int i) { this.a = a; this.i = i; }
        public double get() { return a[i]; }
        public void set(double v) { a[i] = v; }
        @Override public boolean equals(Object o) { return o instanceof D p && p.a == a && p.i == i; }
        @Override public int hashCode() { return System.identityHashCode(a) * 31 + i; }
    }

    public static final class L extends Pointers.L {
        final Object[] a;
        final int i;
        public L(Object[] a, int i) { this.a = a; this.i = i; }
        public Object get() { return a[i]; }
        public void set(Object v) { a[i] = v; }
        @Override public boolean equals(Object o) { return o instanceof L p && p.a == a && p.i == i; }
        @Override public int hashCode() { return System.identityHashCode(a) * 31 + i; }
    }
}
