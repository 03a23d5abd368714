package goj.syntax;

/** {@code case Comm: Body} ({@code comm == null} for default). */
public final class CommClause extends Node {
    public SimpleStmt comm; // null for default
    public java.util.List<Stmt> body = new java.util.ArrayList<>();
    public Pos colon;

    public CommClause(Pos pos) { super(pos); }
}
