package goj.syntax;

/** {@code case Cases: Body} ({@code cases == null} for default). */
public final class CaseClause extends Node {
    public Expr cases; // null for default; a ListExpr if several
    public java.util.List<Stmt> body = new java.util.ArrayList<>();
    public Pos colon;

    public CaseClause(Pos pos) { super(pos); }
}
