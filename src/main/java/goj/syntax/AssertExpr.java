package goj.syntax;

/** {@code X.(Type)}; pos is that of the dot. */
public final class AssertExpr extends Expr {
    public Expr x;
    public Expr type;

    public AssertExpr(Pos pos) { super(pos); }
}
