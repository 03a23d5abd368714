package goj.syntax;

/** {@code var Names Type? = Values?}. */
public final class VarDecl extends Decl {
    public java.util.List<Name> names;
    public Expr type; // or null
    public Expr values; // or null; a ListExpr if several

    public VarDecl(Pos pos) { super(pos); }
}
