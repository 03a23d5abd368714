package goj.syntax;

/** {@code Lhs = range X} or {@code Lhs := range X} (def); pos is that of range. */
public final class RangeClause extends SimpleStmt {
    public Expr lhs; // or null
    public boolean def;
    public Expr x;

    public RangeClause(Pos pos) { super(pos); }
}
