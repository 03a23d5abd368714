package goj.types;

import goj.syntax.Pos;

/** Object: a variable — package-level, local, parameter or result. */
public final class Var extends Obj {
    /** Set once some expression reads or assigns the variable other than its declaration. */
    public boolean used;
    /** True for package-level variables. */
    public final boolean global;

    Var(Pos pos, Package pkg, String name, Type type, boolean global) {
        super(pos, pkg, name, type);
        this.global = global;
    }
}
