package goj.rt;

/**
 * Heap cells: the storage of a variable that a closure captures or whose address is taken. A
 * cell is the variable; a pointer to the variable is the cell. One class per JVM representation,
 * each with a public field {@code v} (read directly by the variable's own code) and the accessors
 * of {@link Pointers}. Cells compare by identity.
 */
public final class Cells {
    private Cells() {}

    public static final class Z extends Pointers.Z { public boolean v; public boolean get() { return v; } public void set(boolean x) { v = x; } }
    public static final class I extends Pointers.I { public int v; public int get() { return v; } public void set(int x) { v = x; } }
    public static final class J extends Pointers.J { public long v; public long get() { return v; } public void set(long x) { v = x; } }
    public static final class F extends Pointers.F { public float v; public float get() { return v; } public void set(float x) { v = x; } }
    public static final class D extends Pointers.D { public double v; public double get() { return v; } public void set(double x) { v = x; } }
    public static final class L extends Pointers.L { public Object v; public Object get() { return v; } public void set(Object x) { v = x; } }
}
