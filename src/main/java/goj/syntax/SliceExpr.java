package goj.syntax;

/** {@code X[Index[0] : Index[1] : Index[2]]}; pos is that of [. */
public final class SliceExpr extends Expr {
    public Expr x;
    public Expr[] index = new Expr[3];
    public boolean full; // 3-index slice

    public SliceExpr(Pos pos) { super(pos); }
}
