package goj.syntax;

/** A placeholder for an expression that failed to parse. */
public final class BadExpr extends Expr {
    public BadExpr(Pos pos) { super(pos); }
}
