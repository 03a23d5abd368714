package goj.syntax;

/** break, continue, goto or fallthrough; target resolved by Syntax.CHECK_BRANCHES. */
public final class BranchStmt extends Stmt {
    public Token tok;
    public Name label; // or null
    public Stmt target; // resolved target, or null

    public BranchStmt(Pos pos) { super(pos); }
}
