package goj.syntax;

/** {@code []Elem}. */
public final class SliceType extends Expr {
    public Expr elem;

    public SliceType(Pos pos) { super(pos); }
}
