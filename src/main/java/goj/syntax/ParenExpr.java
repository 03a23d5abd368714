package goj.syntax;

/** {@code (X)}. */
public final class ParenExpr extends Expr {
    public Expr x;

    public ParenExpr(Pos pos) { super(pos); }
}
