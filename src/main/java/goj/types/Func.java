package goj.types;

import goj.syntax.Pos;

/** Object: a declared function. */
public final class Func extends Obj {
    public goj.syntax.FuncDecl decl;

    Func(Pos pos, Package pkg, String name, Type type) { super(pos, pkg, name, type); }
}
