package goj.types;

import goj.syntax.Pos;

/** Object: a declared or predeclared type name. */
public final class TypeName extends Obj {
    

    /** The type parameters of a generic alias ({@code type A[P any] = …}, Go 1.24); empty otherwise. */
    java.util.List<TypeParam> aliasTparams = java.util.List.of();

    TypeName(Pos pos, Package pkg, String name, Type type) { super(pos, pkg, name, type); }

    /** Whether this names a generic alias, whose type mentions its type parameters until it is instantiated. */
    public boolean isGenericAlias() { return !aliasTparams.isEmpty(); }
}
