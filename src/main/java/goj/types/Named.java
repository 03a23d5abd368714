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

    /** 0 for a package-level type; for a type declared in a function, its package-unique number. */
    final int local;

    Named(TypeName obj) { this(obj, 0); }

    Named(TypeName obj, int local) {
        this.obj = obj;
        this.local = local;
    }

    public TypeName obj() { return obj; }

    /**
     * The type's name in JVM class names: its Go name, with {@code $N} appended for a local type
     * (local types of the same name in different scopes are different types).
     */
    public String jvmName() { return local == 0 ? obj.name() : obj.name() + "$" + local; }

    /** The declared method named {@code name}, or null. */
    public Func method(String name) { return methods.get(name); }

    public java.util.Collection<Func> methods() { return methods.values(); }

    private java.util.List<Func> promoted;

    /** The methods promoted from embedded fields (computed on first use, after checking). */
    public java.util.List<Func> promotedMethods() {
        if (promoted == null) promoted = Promoted.of(this);
        return promoted;
    }

    /** The declared and the promoted methods. */
    public java.util.List<Func> allMethods() {
        java.util.List<Func> all = new java.util.ArrayList<>(methods.values());
        all.addAll(promotedMethods());
        return all;
    }

    @Override public Type underlying() { return underlying == null ? Universe.INVALID : underlying; }

    @Override public String toString() {
        return obj.pkg() == null ? obj.name() : obj.pkg().name() + "." + obj.name();
    }
}
