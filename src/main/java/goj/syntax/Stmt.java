package goj.syntax;

/** A statement. */
public abstract class Stmt extends Node {
    protected Stmt(Pos pos) { super(pos); }
}
