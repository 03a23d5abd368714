package goj.syntax;

/** An expression used as a statement. */
public final class ExprStmt extends SimpleStmt {
    public Expr x;

    public ExprStmt(Pos pos) { super(pos); }
}
