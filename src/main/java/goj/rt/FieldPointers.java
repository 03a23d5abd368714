package goj.rt;

import java.lang.invoke.VarHandle;

/**
 * Pointers to fields ({@code &x.f} of a non-struct field, {@code &v} of a package-level
 * variable): the object ({@code null} for a static field) and the field's {@link VarHandle}, which
 * generated code loads as a dynamic constant (one instance per field within a class). Equal when
 * they point to the same field of the same object.
 */
public final class FieldPointers {
    private FieldPointers() {}

    public static final class Z extends Pointers.Z {
        final Object o;
        final VarHandle h;
        public Z(Object o, VarHandle h) { this.o = o; this.h = h; }
        public boolean get() { return o == null ? (boolean) h.get() : (boolean) h.get(o); }
        public void set(boolean v) { if (o == null) h.set(v); else h.set(o, v); }
        @Override public boolean equals(Object x) { return x instanceof Z p && p.o == o && p.h == h; }
        @Override public int hashCode() { return System.identityHashCode(o) * 31 + System.identityHashCode(h); }
    }

    public static final class I extends Pointers.I {
        final Object o;
        final VarHandle h;
        public I(Object o, VarHandle h) { this.o = o; this.h = h; }
        public int get() { return o == null ? (int) h.get() : (int) h.get(o); }
        public void set(int v) { if (o == null) h.set(v); else h.set(o, v); }
        @Override public boolean equals(Object x) { return x instanceof I p && p.o == o && p.h == h; }
        @Override public int hashCode() { return System.identityHashCode(o) * 31 + System.identityHashCode(h); }
    }

    public static final class J extends Pointers.J {
        final Object o;
        final VarHandle h;
        public J(Object o, VarHandle h) { this.o = o; this.h = h; }
        public long get() { return o == null ? (long) h.get() : (long) h.get(o); }
        public void set(long v) { if (o == null) h.set(v); else h.set(o, v); }
        @Override public boolean equals(Object x) { return x instanceof J p && p.o == o && p.h == h; }
        @Override public int hashCode() { return System.identityHashCode(o) * 31 + System.identityHashCode(h); }
    }

    public static final class F extends Pointers.F {
        final Object o;
        final VarHandle h;
        public F(Object o, VarHandle h) { this.o = o; this.h = h; }
        public float get() { return o == null ? (float) h.get() : (float) h.get(o); }
        public void set(float v) { if (o == null) h.set(v); else h.set(o, v); }
        @Override public boolean equals(Object x) { return x instanceof F p && p.o == o && p.h == h; }
        @Override public int hashCode() { return System.identityHashCode(o) * 31 + System.identityHashCode(h); }
    }

    public static final class D extends Pointers.D {
        final Object o;
        final VarHandle h;
        public D(Object o, VarHandle h) { this.o = o; this.h = h; }
        public double get() { return o == null ? (double) h.get() : (double) h.get(o); }
        public void set(double v) { if (o == null) h.set(v); else h.set(o, v); }
        @Override public boolean equals(Object x) { return x instanceof D p && p.o == o && p.h == h; }
        @Override public int hashCode() { return System.identityHashCode(o) * 31 + System.identityHashCode(h); }
    }

    public static final class L extends Pointers.L {
        final Object o;
        final VarHandle h;
        public L(Object o, VarHandle h) { this.o = o; this.h = h; }
        public Object get() { return o == null ? h.get() : h.get(o); }
        public void set(Object v) { if (o == null) h.set(v); else h.set(o, v); }
        @Override public boolean equals(Object x) { return x instanceof L p && p.o == o && p.h == h; }
        @Override public int hashCode() { return System.identityHashCode(o) * 31 + System.identityHashCode(h); }
    }

}
