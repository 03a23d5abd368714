package goj.syntax;

/** A literal; value is the raw source text. */
public final class BasicLit extends Expr {
    public String value;
    public LitKind kind;
    public boolean bad; // true if the literal has a syntax error

    public BasicLit(Pos pos) { super(pos); }
}
