package goj.syntax;

/** {@code map[Key]Value}. */
public final class MapType extends Expr {
    public Expr key;
    public Expr value;

    public MapType(Pos pos) { super(pos); }
}
