package goj.syntax;

/** {@code func Type { Body }}. */
public final class FuncLit extends Expr {
    public FuncType type;
    public BlockStmt body;

    public FuncLit(Pos pos) { super(pos); }
}
