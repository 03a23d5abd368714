package goj.types;

/**
 * A type parameter of a generic function or type. Its constraint is an interface (possibly with
 * a type set of terms). Type parameters exist only while a generic declaration itself is checked:
 * instances are checked again with every type parameter bound to its type argument, so code that
 * reaches the back end never contains one.
 *
 * <p>{@link #underlying()} is the constraint's core type when its terms have one underlying type
 * (so {@code ~[]E} makes a slice and {@code ~int | ~int8} an integer); for a constraint with
 * terms of different underlying types the first term's underlying type stands for the set, and a
 * constraint without terms is its interface (method calls and comparisons go through it).
 */
public final class TypeParam implements Type {
    private final TypeName obj;
    private final int index;
    /** The constraint, set once the type parameter list is checked. */
    Type constraint = Universe.EMPTY_INTERFACE;

    TypeParam(TypeName obj, int index) {
        this.obj = obj;
        this.index = index;
    }

    public TypeName obj() { return obj; }
    public int index() { return index; }
    public Type constraint() { return constraint; }

    /** The constraint's interface (its method set and type terms). */
    public Interface iface() {
        return constraint.underlying() instanceof Interface i ? i : Universe.EMPTY_INTERFACE;
    }

    @Override public Type underlying() {
        Interface i = iface();
        if (i.terms().isEmpty()) return i;
        return i.terms().get(0).type().underlying();
    }

    @Override public String toString() { return obj.name(); }
}
