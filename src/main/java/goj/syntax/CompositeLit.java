package goj.syntax;

/** {@code Type{Elems}}. */
public final class CompositeLit extends Expr {
    public Expr type; // or null (elided in an outer literal)
    public java.util.List<Expr> elems = new java.util.ArrayList<>();
    public int nkeys; // number of KeyValueExpr elements
    public Pos rbrace;

    public CompositeLit(Pos pos) { super(pos); }
}
