package goj.syntax;

/** {@code Lhs := X.(type)}; lhs may be null. pos is that of the dot. */
public final class TypeSwitchGuard extends Expr {
    public Name lhs; // or null
    public Expr x;

    public TypeSwitchGuard(Pos pos) { super(pos); }
}
