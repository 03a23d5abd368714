package goj.syntax;

/** {@code for Init; Cond; Post { Body }}; with a range clause, init is the RangeClause and cond/post are null. */
public final class ForStmt extends Stmt {
    public SimpleStmt init; // or null, or a RangeClause
    public Expr cond; // or null
    public SimpleStmt post; // or null
    public BlockStmt body;

    public ForStmt(Pos pos) { super(pos); }
}
