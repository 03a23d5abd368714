package goj.syntax;

/** {@code switch Init; Tag { Body }}; a type switch has a TypeSwitchGuard tag. */
public final class SwitchStmt extends Stmt {
    public SimpleStmt init; // or null
    public Expr tag; // or null
    public java.util.List<CaseClause> body = new java.util.ArrayList<>();
    public Pos rbrace;

    public SwitchStmt(Pos pos) { super(pos); }
}
