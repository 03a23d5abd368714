package goj.syntax;

/** {@code Elems[0], Elems[1], ...}. */
public final class ListExpr extends Expr {
    public java.util.List<Expr> elems = new java.util.ArrayList<>();

    public ListExpr(Pos pos) { super(pos); }
}
