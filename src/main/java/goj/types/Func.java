package goj.types;

import goj.syntax.Pos;

/** Object: a declared function. */
public final class Func extends Obj {
    public goj.syntax.FuncDecl decl;
    /** For methods: the receiver's base type, and whether the receiver is a pointer ({@code *T}). */
    public Named recvBase;
    public boolean ptrRecv;
    /** For methods: the receiver variable (null if unnamed). */
    public Var recv;
    /** For a promoted method of {@link #recvBase} (see Promoted): how the real method is selected from it; else null. */
    public Selection promotion;

    public boolean isMethod() { return recvBase != null; }

    Func(Pos pos, Package pkg, String name, Type type) { super(pos, pkg, name, type); }
}
