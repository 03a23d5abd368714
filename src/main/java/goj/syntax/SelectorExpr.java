package goj.syntax;

/** {@code X.Sel}; pos is that of the dot. */
public final class SelectorExpr extends Expr {
    public Expr x;
    public Name sel;

    public SelectorExpr(Pos pos) { super(pos); }
}
