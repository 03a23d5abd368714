package goj.syntax;

/** {@code select { Body }}. */
public final class SelectStmt extends Stmt {
    public java.util.List<CommClause> body = new java.util.ArrayList<>();
    public Pos rbrace;

    public SelectStmt(Pos pos) { super(pos); }
}
