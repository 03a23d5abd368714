package goj.syntax;

/** {@code go Call} or {@code defer Call}. */
public final class CallStmt extends Stmt {
    public Token tok; // GO or DEFER
    public Expr call;

    public CallStmt(Pos pos) { super(pos); }
}
