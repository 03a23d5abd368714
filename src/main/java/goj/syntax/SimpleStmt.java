package goj.syntax;

/** A simple statement (may appear in if/for/switch headers). */
public abstract class SimpleStmt extends Stmt {
    protected SimpleStmt(Pos pos) { super(pos); }
}
