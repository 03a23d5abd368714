package goj.syntax;

/** {@code X[Index]}: an index or an instantiation; Index is a ListExpr for several type arguments. pos is that of [. */
public final class IndexExpr extends Expr {
    public Expr x;
    public Expr index;

    public IndexExpr(Pos pos) { super(pos); }
}
