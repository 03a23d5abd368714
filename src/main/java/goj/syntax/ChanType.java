package goj.syntax;

/** {@code chan Elem}, {@code chan<- Elem}, {@code <-chan Elem}. */
public final class ChanType extends Expr {
    public ChanDir dir = ChanDir.BOTH;
    public Expr elem;

    public ChanType(Pos pos) { super(pos); }
}
