package goj.types;

/**
 * A defined type ({@code type T U}): its type name and underlying type. Each declaration makes
 * exactly one instance, so identity is reference equality.
 */
public final class Named implements Type {
    private final TypeName obj;
    Type underlying;

    Named(TypeName obj) { this.obj = obj; }

    public TypeName obj() { return obj; }

    @Override public Type underlying() { return underlying == null ? Universe.INVALID : underlying; }

    @Override public String toString() {
        return obj.pkg() == null ? obj.name() : obj.pkg().name() + "." + obj.name();
    }
}
