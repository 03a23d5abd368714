package goj.types;

import goj.syntax.Pos;

/** Object: a variable — package-level, local, parameter or result. */
public final class Var extends Obj {
    /** Set once some expression reads or assigns the variable other than its declaration. */
    public boolean used;
    /** The function (a FuncDecl or FuncLit node) a local variable belongs to. */
    public Object owner;
    /** Set when a function literal other than the owner refers to the variable (it then lives in a heap cell). */
    public boolean captured;
    /** True for package-level variables. */
    public final boolean global;
    /** True for the fields of struct types. */
    public boolean isField;

    /** A compiler-made local variable (loop counters and the like), never visible in Go code. */
    public static Var synthetic(String name, Type type) {
        Var v = new Var(Pos.NONE, null, name, type, false);
        v.used = true;
        return v;
    }

    /** The same variable (name, position, package) with type {@code t}: a field or parameter of an instance. */
    Var withType(Type t) {
        Var v = new Var(pos(), pkg(), name(), t, global);
        v.used = used;
        v.isField = isField;
        return v;
    }

    Var(Pos pos, Package pkg, String name, Type type, boolean global) {
        super(pos, pkg, name, type);
        this.global = global;
    }
}
