package goj.syntax;

/** {@code ...Elem} (final parameter type). */
public final class DotsType extends Expr {
    public Expr elem;

    public DotsType(Pos pos) { super(pos); }
}
