package goj.syntax;

/** {@code { Stmts }}. */
public final class BlockStmt extends Stmt {
    public java.util.List<Stmt> stmts = new java.util.ArrayList<>();
    public Pos rbrace;

    public BlockStmt(Pos pos) { super(pos); }
}
