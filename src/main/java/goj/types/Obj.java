package goj.types;

import goj.syntax.Pos;

/**
 * A named language entity: a constant, variable, type name, function, builtin, package name, label
 * or nil. The spec calls these objects; every identifier of a checked program denotes one.
 */
public abstract sealed class Obj permits Const, Var, TypeName, Func, Builtin, Nil, PkgName {
    private final Pos pos;
    private final Package pkg;
    private final String name;
    Type type;

    Obj(Pos pos, Package pkg, String name, Type type) {
        this.pos = pos;
        this.pkg = pkg;
        this.name = name;
        this.type = type;
    }

    public Pos pos() { return pos; }
    /** The package the object belongs to; null for the universe's objects. */
    public Package pkg() { return pkg; }
    public String name() { return name; }
    public Type type() { return type; }

    @Override public String toString() { return getClass().getSimpleName().toLowerCase() + " " + name + " " + type; }
}
