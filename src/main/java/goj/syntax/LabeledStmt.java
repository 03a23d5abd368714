package goj.syntax;

/** {@code Label: Stmt}; pos is that of the colon. */
public final class LabeledStmt extends Stmt {
    public Name label;
    public Stmt stmt;

    public LabeledStmt(Pos pos) { super(pos); }
}
