package goj.rt;

/**
 * Pointers to non-struct values: one abstract class per JVM representation (Z I J F D L, as for
 * {@link Cells}), with {@code get} and {@code set}. A variable's heap cell is the pointer to it;
 * pointers to array elements and to fields are {@link ElemPointers} and {@link FieldPointers}.
 * Go's {@code ==} on pointers is {@link #same}: two pointers to one element or field are equal
 * though they are different objects (their classes define {@code equals} and {@code hashCode}).
 */
public final class Pointers {
    private Pointers() {}

    public abstract static class Z { public abstract boolean get(); public abstract void set(boolean v); }
    public abstract static class I { public abstract int get(); public abstract void set(int v); }
    public abstract static class J { public abstract long get(); public abstract void set(long v); }
    public abstract static class F { public abstract float get(); public abstract void set(float v); }
    public abstract static class D { public abstract double get(); public abstract void set(double v); }
    public abstract static class L { public abstract Object get(); public abstract void set(Object v); }

    /** Go's {@code p == q} for pointers to non-struct values. */
    public static boolean same(Object p, Object q) {
        return p == q || p != null && p.equals(q);
    }
}
