package goj.syntax;

/** {@code const Names Type? = Values}; values null means repeat the previous spec's (implicit). */
public final class ConstDecl extends Decl {
    public java.util.List<Name> names;
    public Expr type; // or null
    public Expr values; // or null; a ListExpr if several
    public int iota; // index of this spec in its group (0 if ungrouped)

    public ConstDecl(Pos pos) { super(pos); }
}
