package goj.syntax;

/** {@code Fun(Args...)}; pos is that of (. */
public final class CallExpr extends Expr {
    public Expr fun;
    public java.util.List<Expr> args = new java.util.ArrayList<>();
    public boolean hasDots; // last argument followed by ...

    public CallExpr(Pos pos) { super(pos); }
}
