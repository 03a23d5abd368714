package goj.syntax;

/** {@code if Init; Cond { Then } else Else}. */
public final class IfStmt extends Stmt {
    public SimpleStmt init; // or null
    public Expr cond;
    public BlockStmt then;
    public Stmt els; // null, IfStmt or BlockStmt

    public IfStmt(Pos pos) { super(pos); }
}
