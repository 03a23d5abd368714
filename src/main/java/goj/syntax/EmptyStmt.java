package goj.syntax;

/** The empty statement. */
public final class EmptyStmt extends SimpleStmt {
    public EmptyStmt(Pos pos) { super(pos); }
}
