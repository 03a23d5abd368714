package goj.syntax;

/** A unary ({@code y == null}) or binary operation; pos is that of the operator. */
public final class Operation extends Expr {
    public Operator op;
    public Expr x;
    public Expr y; // or null if unary

    public Operation(Pos pos) { super(pos); }
}
