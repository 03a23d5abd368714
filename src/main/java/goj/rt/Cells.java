package goj.rt;

/**
 * Heap cells: the storage of a variable that a closure captures (and, later, of any variable
 * whose address is taken). A cell is the variable; a pointer to the variable is the cell. One
 * class per JVM representation, each with a public field {@code v}.
 */
public final class Cells {
    private Cells() {}

    public static final class Z { public boolean v; }
    public static final class I { public int v; }
    public static final class J { public long v; }
    public static final class F { public float v; }
    public static final class D { public double v; }
    public static final class L { public Object v; }
}
