package goj.syntax;

/** {@code Key: Value}; pos is that of the colon. */
public final class KeyValueExpr extends Expr {
    public Expr key;
    public Expr value;

    public KeyValueExpr(Pos pos) { super(pos); }
}
