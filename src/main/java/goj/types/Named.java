package goj.types;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A defined type ({@code type T U}): its type name and underlying type. Each declaration makes
 * exactly one instance, so identity is reference equality.
 *
 * <p>A generic type ({@code type List[T any] ...}) has type parameters; each instantiation
 * {@code List[int]} is a Named of its own whose {@link #origin()} is the generic type. Instances
 * are canonical (one per origin and identical type arguments, see {@link #instantiate}), so
 * identity stays reference equality. An instance's underlying type and methods are the origin's
 * with the type parameters substituted, computed on first use.
 *
 * <p>Packages are checked in parallel, and a checked package's generic types are instantiated
 * by the packages importing it: what is computed on first use (a generic type's instances, an
 * instance's underlying type and methods, promoted methods) is computed under {@link #EXPANSION},
 * and published through volatile fields or snapshots. A type's other state is written only while
 * its own package is checked, before any other package sees it.
 */
public final class Named implements Type {
    private final TypeName obj;
    /** Set while the type is declared; an instance's is computed on first use ({@link #underlying()}). */
    volatile Type underlying;
    /** Methods declared with this type as receiver base, by name, in declaration order. */
    final Map<String, Func> methods = new LinkedHashMap<>();
    /** A generic type's type parameters (empty otherwise). */
    List<TypeParam> tparams = List.of();
    private final Named origin;
    private final List<Type> targs;
    /** A generic type's instances (canonical by identical type arguments), guarded by {@link #EXPANSION}. */
    private final List<Named> instances = new ArrayList<>();

    /**
     * Guards what any thread computes on first use: {@link #instances}, an instance's {@link
     * #underlying} and {@link #methods}, {@link #promoted}. One lock for all, as one expansion
     * expands others; its holder never takes a checker's lock (Generics#checkInstance), so
     * threads never wait for each other's.
     */
    private static final Object EXPANSION = new Object();
    /** Whether {@link #underlying} of this instance is being computed (a cycle through it ends in an invalid type). */
    private boolean expanding;

    /**
     * The package being type-checked on this thread, whose types print unqualified ({@code T},
     * not {@code main.T}): types2 qualifies type names relative to the package it checks.
     */
    static final ThreadLocal<Package> CHECKING = new ThreadLocal<>();

    /** 0 for a package-level type; for a type declared in a function, its package-unique number. */
    final int local;

    Named(TypeName obj) { this(obj, 0); }

    Named(TypeName obj, int local) { this(obj, local, null, List.of()); }

    private Named(TypeName obj, int local, Named origin, List<Type> targs) {
        this.obj = obj;
        this.local = local;
        this.origin = origin;
        this.targs = targs;
    }

    public TypeName obj() { return obj; }

    /** The generic type this is an instance of, or null. */
    public Named origin() { return origin; }

    /** The type arguments of an instance (empty otherwise). */
    public List<Type> targs() { return targs; }

    public List<TypeParam> tparams() { return tparams; }

    public boolean isGeneric() { return !tparams.isEmpty(); }

    /** How many instances of generic types have been made so far (grows only). */
    private static volatile long made;

    /** The number of instances of all generic types made so far: no generic type has new instances while it stays the same. */
    static long instancesMade() { return made; }

    /** A generic type's instances made after its first {@code from}. */
    List<Named> instancesFrom(int from) {
        synchronized (EXPANSION) {
            return from >= instances.size() ? List.of() : List.copyOf(instances.subList(from, instances.size()));
        }
    }

    /**
     * The instance of generic type {@code g} with {@code targs}; {@code g} itself when the
     * arguments are its own type parameters (a reference to the type inside its declaration).
     */
    static Named instantiate(Named g, List<Type> targs) {
        boolean own = true;
        for (int i = 0; i < targs.size(); i++) own &= targs.get(i) == g.tparams.get(i);
        if (own) return g;
        synchronized (EXPANSION) {
            outer:
            for (Named inst : g.instances) {
                for (int i = 0; i < targs.size(); i++) if (!Types.identical(inst.targs.get(i), targs.get(i))) continue outer;
                return inst;
            }
            TypeName tn = new TypeName(g.obj.pos(), g.obj.pkg(), instanceName(g.obj.name(), targs), Universe.INVALID);
            Named inst = new Named(tn, g.local, g, List.copyOf(targs));
            tn.type = inst;
            g.instances.add(inst);
            made++;
            return inst;
        }
    }

    /**
     * The name of an instance of generic {@code name}: {@code List[int,main.T]}, the type
     * arguments qualified fully whatever package is being checked (it is also the run-time name).
     */
    static String instanceName(String name, List<Type> targs) {
        Package checking = CHECKING.get();
        CHECKING.remove();
        StringBuilder sb = new StringBuilder(name).append('[');
        for (int i = 0; i < targs.size(); i++) sb.append(i > 0 ? "," : "").append(targs.get(i));
        if (checking != null) CHECKING.set(checking);
        return sb.append(']').toString();
    }

    /** The substitution of an instance's type arguments for the origin's type parameters. */
    Subst subst() { return new Subst(origin.tparams, targs); }

    /**
     * The type's name in JVM class names: its Go name, with {@code $N} appended for a local type
     * (local types of the same name in different scopes are different types).
     */
    public String jvmName() { return local == 0 ? obj.name() : obj.name() + "$" + local; }

    /** The declared method named {@code name}, or null. */
    public Func method(String name) {
        if (origin == null) return methods.get(name);
        synchronized (EXPANSION) {
            Func m = methods.get(name);
            if (m == null && origin.methods.get(name) instanceof Func gm && gm.type() instanceof Signature) {
                m = Func.instanceMethod(gm, this);
                methods.put(name, m);
            }
            return m;
        }
    }

    public Collection<Func> methods() {
        if (origin == null) return methods.values();
        synchronized (EXPANSION) {
            for (String n : origin.methods.keySet()) method(n);
            return List.copyOf(methods.values());
        }
    }

    /** The methods that belong to the method set (generic methods are instantiated per call instead). */
    public List<Func> interfaceMethods() {
        return methods().stream().filter(m -> !m.needsInstantiation()).toList();
    }

    private List<Func> promoted;

    /** The methods promoted from embedded fields (computed on first use, after checking). */
    public List<Func> promotedMethods() {
        synchronized (EXPANSION) {
            if (promoted == null) promoted = Promoted.of(this);
            return promoted;
        }
    }

    /** The declared (non-generic) and the promoted methods. */
    public List<Func> allMethods() {
        List<Func> all = new ArrayList<>(interfaceMethods());
        all.addAll(promotedMethods());
        return all;
    }

    @Override public Type underlying() {
        Type u = underlying;
        if (u == null && origin != null) u = expandUnderlying();
        return u == null ? Universe.INVALID : u;
    }

    /** An instance's underlying type: the origin's with the type arguments substituted (null while the origin has none yet). */
    private Type expandUnderlying() {
        synchronized (EXPANSION) {
            if (underlying != null || origin.underlying == null) return underlying;
            if (expanding) return Universe.INVALID; // a cycle through this instance ends here
            expanding = true;
            try {
                underlying = subst().apply(origin.underlying).underlying();
            } finally {
                expanding = false;
            }
            return underlying;
        }
    }

    @Override public String toString() {
        return obj.pkg() == null || obj.pkg() == CHECKING.get() ? obj.name() : obj.pkg().name() + "." + obj.name();
    }
}
