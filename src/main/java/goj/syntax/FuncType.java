package goj.syntax;

/** {@code func(Params) Results}. */
public final class FuncType extends Expr {
    public java.util.List<Field> params = new java.util.ArrayList<>();
    public java.util.List<Field> results = new java.util.ArrayList<>();

    public FuncType(Pos pos) { super(pos); }
}
