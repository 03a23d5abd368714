package goj.syntax;

/** {@code return Results}. */
public final class ReturnStmt extends Stmt {
    public Expr results; // or null; a ListExpr if several

    public ReturnStmt(Pos pos) { super(pos); }
}
