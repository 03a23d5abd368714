package goj.types;

import goj.syntax.Pos;

/** Object: a declared function. */
public final class Func extends Obj {
    public goj.syntax.FuncDecl decl;
    /** For methods: the receiver's base type, and whether the receiver is a pointer ({@code *T}). */
    public Named recvBase;
    public boolean ptrRecv;
    /** A method marked //go:nointerface under GOEXPERIMENT=fieldtrack: it implements no interface's method. */
    public boolean nointerface;
    /** For methods: the receiver variable (null if unnamed). */
    public Var recv;
    /** For a promoted method of {@link #recvBase} (see Promoted): how the real method is selected from it; else null. */
    public Selection promotion;

    /** The type parameters a generic function or method declares itself (empty once instantiated). */
    public java.util.List<TypeParam> tparams = java.util.List.of();
    /** For a method of a generic type: the receiver's type parameters (as this method's receiver names them). */
    public java.util.List<TypeParam> rtparams = java.util.List.of();
    /**
     * For an instance: the generic function or method it instantiates, and the type arguments —
     * the receiver's (for a method of a generic type) followed by the function's own.
     */
    public Func origin;
    public java.util.List<Type> targs = java.util.List.of();
    /**
     * For a concrete instance: the checked body's results (the instance's own Info, in which
     * every type parameter is its type argument). Null for ordinary functions (the package's Info).
     */
    public Info bodyInfo;

    public boolean isMethod() { return recvBase != null; }

    /** Whether this is a generic function or method (it has no code of its own; its instances do). */
    public boolean isGeneric() { return !tparams.isEmpty() || recvBase != null && recvBase.isGeneric(); }

    /** Whether using this function needs type arguments of its own (explicit or inferred). */
    public boolean needsInstantiation() { return !tparams.isEmpty(); }

    /** The same method or function signature object with type {@code t} (an interface method after substitution). */
    Func withType(Type t) {
        Func f = new Func(pos(), pkg(), name(), t);
        f.decl = decl;
        f.recvBase = recvBase;
        f.ptrRecv = ptrRecv;
        f.nointerface = nointerface;
        return f;
    }

    /** Generic method {@code gm} of an instance {@code inst}: its signature with the instance's type arguments. */
    static Func instanceMethod(Func gm, Named inst) {
        Func f = new Func(gm.pos(), gm.pkg(), gm.name(), new Subst(gm.rtparams, inst.targs()).apply(gm.type()));
        f.tparams = gm.tparams; // a generic method stays generic in its own type parameters
        f.decl = gm.decl;
        f.recvBase = inst;
        f.ptrRecv = gm.ptrRecv;
        f.nointerface = gm.nointerface;
        f.origin = gm;
        f.targs = inst.targs();
        return f;
    }

    Func(Pos pos, Package pkg, String name, Type type) { super(pos, pkg, name, type); }
}
