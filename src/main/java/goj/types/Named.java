package goj.types;

/**
 * A defined type ({@code type T U}): its type name and underlying type. Each declaration makes
 * exactly one instance, so identity is reference equality.
 */
public final class Named implements Type {
    private final TypeName obj;
    Type underlying;
    /** Methods declared with this type as receiver base, by name, in declaration order. */
    final java.util.Map<String, Func> methods = new java.util.LinkedHashMap<>();

    /**
     * The package being type-checked on this thread, whose types print unqualified ({@code T},
     * not {@code main.T}): types2 qualifies type names relative to the package it checks.
     */
    static final ThreadLocal<Package> CHECKING = new ThreadLocal<>();

    Named(TypeName obj) { this.obj = obj; }

    public TypeName obj() { return obj; }

    /** The declared method named {@code name}, or null. */
    public Func method(String name) { return methods.get(name); }

    public java.util.Collection<Func> methods() { return methods.values(); }

    @Override public Type underlying() { return underlying == null ? Universe.INVALID : underlying; }

    @Override public String toString() {
        return obj.pkg() == null || obj.pkg() == CHECKING.get() ? obj.name() : obj.pkg().name() + "." + obj.name();
    }
}
