package goj.types;

import goj.syntax.Pos;

/** Object: a declared or predeclared type name. */
public final class TypeName extends Obj {
    

    TypeName(Pos pos, Package pkg, String name, Type type) { super(pos, pkg, name, type); }
}
