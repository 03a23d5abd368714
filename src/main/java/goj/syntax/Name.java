package goj.syntax;

/** An identifier. */
public final class Name extends Expr {
    public String value;

    public Name(Pos pos) { super(pos); }
}
