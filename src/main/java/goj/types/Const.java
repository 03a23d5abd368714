package goj.types;

import goj.syntax.Pos;

/** Object: a declared constant; its value is exact. */
public final class Const extends Obj {
    public Constant value;

    Const(Pos pos, Package pkg, String name, Type type) { super(pos, pkg, name, type); }
}
