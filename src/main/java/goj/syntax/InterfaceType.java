package goj.syntax;

/** {@code interface { Methods }}: methods have a name and FuncType; embedded elements (types, unions {@code A | ~B}) have no name. */
public final class InterfaceType extends Expr {
    public java.util.List<Field> methods = new java.util.ArrayList<>();

    public InterfaceType(Pos pos) { super(pos); }
}
