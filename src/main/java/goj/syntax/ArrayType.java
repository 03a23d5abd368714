package goj.syntax;

/** {@code [Len]Elem}; len null means {@code [...]Elem}. */
public final class ArrayType extends Expr {
    public Expr len; // or null for [...]
    public Expr elem;

    public ArrayType(Pos pos) { super(pos); }
}
