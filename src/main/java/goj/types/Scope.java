package goj.types;

import java.util.LinkedHashMap;
import java.util.Map;

/** A lexical block's names; lookups walk outward through the parent scopes. */
public final class Scope {
    private final Scope parent;
    private final Map<String, Obj> names = new LinkedHashMap<>();

    public Scope(Scope parent) { this.parent = parent; }

    public Scope parent() { return parent; }

    /** The object named {@code name} in this scope only, or null. */
    public Obj lookup(String name) { return names.get(name); }

    /** The object named {@code name} in this or an enclosing scope, or null. */
    public Obj lookupParent(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Obj o = s.names.get(name);
            if (o != null) return o;
        }
        return null;
    }

    /** Declares {@code o}; returns the object already declared under its name, or null. */
    public Obj insert(Obj o) {
        return names.putIfAbsent(o.name(), o);
    }

    public Iterable<Obj> objects() { return names.values(); }
}
