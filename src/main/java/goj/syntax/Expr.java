package goj.syntax;

/** An expression or a type. */
public abstract class Expr extends Node {
    protected Expr(Pos pos) { super(pos); }
}
