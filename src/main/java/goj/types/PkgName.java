package goj.types;

import goj.syntax.Pos;

/** Object: an imported package's name in a file. */
public final class PkgName extends Obj {
    public Package imported;

    PkgName(Pos pos, Package pkg, String name, Type type) { super(pos, pkg, name, type); }
}
