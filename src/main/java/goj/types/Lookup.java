package goj.types;

import java.util.ArrayList;
import java.util.List;

/** Field and method lookup with embedding (the spec's selector rules), breadth first by depth. */
final class Lookup {
    private Lookup() {}

    /**
     * Why type {@code v} does not implement interface {@code iface}: null if it does, else
     * types2's parenthesized cause ({@code (missing method M)}, with the method of another
     * spelling had and the one wanted; {@code (wrong type for method M)} with both signatures;
     * {@code (method M has pointer receiver)}; for a pointer to an interface, that it is one).
     */
    static String missingMethod(Type v, Interface iface) {
        for (Func m : iface.methods()) {
            Result r = find(v, m.name());
            Selection s = r.sel();
            if (s == null || s.kind() != Selection.Kind.METHOD) {
                if (s == null && !r.ambiguous() && v.underlying() instanceof Pointer p && p.elem().underlying() instanceof Interface) {
                    return "(type " + v + " is pointer to interface, not interface)";
                }
                Selection alt = s == null && !(v.underlying() instanceof Interface) ? find(v, m.name(), true).sel() : null;
                if (alt != null && alt.kind() == Selection.Kind.METHOD && !alt.obj().name().equals(m.name())) {
                    return "(missing method " + m.name() + ")\n\t\thave " + funcString((Func) alt.obj()) + "\n\t\twant " + funcString(m);
                }
                return "(missing method " + m.name() + ")";
            }
            Func f = (Func) s.obj();
            if (f.nointerface) return "(" + m.name() + " method is marked 'nointerface')";
            if (!(f.type() instanceof Signature fs) || !Types.identical(fs, m.type())) {
                return "(wrong type for method " + m.name() + ")\n\t\thave " + funcString(f) + "\n\t\twant " + funcString(m);
            }
            // a value's method set lacks pointer-receiver methods (unless reached through an embedded pointer)
            if (f.ptrRecv && !s.indirect() && !(v instanceof Pointer) && !(v.underlying() instanceof Interface)) {
                return "(method " + m.name() + " has pointer receiver)";
            }
        }
        return null;
    }

    /** A method as types2's funcString prints it: its name and signature without {@code func}. */
    private static String funcString(Func f) {
        return f.name() + f.type().toString().substring("func".length());
    }

    /** The result of a lookup: a selection, or why there is none. */
    record Result(Selection sel, boolean ambiguous) {}

    private record Candidate(Type type, List<Integer> path, boolean indirect) {}

    static Result find(Type t, String name) { return find(t, name, false); }

    /**
     * The field or method {@code name} of {@code t}; with {@code foldCase}, names match regardless
     * of case (for error hints). A defined pointer type has its pointer's fields but no methods at
     * all (methods cannot be associated with it).
     */
    static Result find(Type t, String name, boolean foldCase) {
        if (t instanceof Named n && n.underlying() instanceof Pointer p) {
            Result r = find(p, name, foldCase);
            return r.sel() != null && r.sel().kind() != Selection.Kind.FIELD ? new Result(null, false) : r;
        }
        List<Candidate> current = List.of(new Candidate(t, List.of(), false));
        // the defined types looked at: at depth 0 only the first, the set is made when there are more
        Named first = null;
        java.util.Set<Type> seen = null;
        for (int depth = 0; !current.isEmpty() && depth < 32; depth++) {
            Selection found = null;
            int count = 0;
            List<Candidate> next = List.of(); // made when an embedded field is found
            for (Candidate c : current) {
                Type typ = c.type;
                boolean indirect = c.indirect;
                if (typ instanceof Pointer p) {
                    typ = p.elem();
                    indirect = true;
                }
                if (typ instanceof TypeParam tp && !indirect) {
                    Func m = method(tp.iface().methods(), name, foldCase);
                    if (m != null) {
                        count++;
                        found = new Selection(Selection.Kind.METHOD, c.path, m, m.type(), false);
                    }
                    continue;
                }
                // an interface's methods: not through a pointer to the interface itself, but through an embedded field
                if (typ.underlying() instanceof Interface it && !(indirect && c.path.isEmpty())) {
                    Func m = method(it.methods(), name, foldCase);
                    if (m != null) {
                        count++;
                        found = new Selection(Selection.Kind.METHOD, c.path, m, m.type(), false);
                    }
                    continue;
                }
                if (typ instanceof Named n) {
                    if (depth == 0) {
                        first = n;
                    } else {
                        if (seen == null) {
                            seen = new java.util.HashSet<>();
                            if (first != null) seen.add(first);
                        }
                        if (!seen.add(n)) continue;
                    }
                    Func m = foldCase ? foldedMethod(n, name) : n.method(name);
                    if (m != null) {
                        count++;
                        found = new Selection(Selection.Kind.METHOD, c.path, m, m.type(), indirect);
                        continue;
                    }
                }
                if (typ.underlying() instanceof Struct st) {
                    for (int i = 0; i < st.fields().size(); i++) {
                        Struct.Field f = st.fields().get(i);
                        boolean match = (foldCase ? f.name().equalsIgnoreCase(name) : f.name().equals(name)) && !name.equals("_"); // blank fields cannot be selected
                        if (!match && !f.embedded()) continue;
                        List<Integer> path = new ArrayList<>(c.path.size() + 1);
                        path.addAll(c.path);
                        path.add(i);
                        if (match) {
                            count++;
                            found = new Selection(Selection.Kind.FIELD, List.copyOf(path), f.var(), f.type(), indirect);
                        } else {
                            if (next.isEmpty()) next = new ArrayList<>();
                            next.add(new Candidate(f.type(), List.copyOf(path), indirect));
                        }
                    }
                }
            }
            if (count > 1) return new Result(null, true);
            if (found != null) return new Result(found, false);
            current = next;
        }
        return new Result(null, false);
    }

    private static Func method(List<Func> methods, String name, boolean foldCase) {
        for (Func f : methods) if (foldCase ? f.name().equalsIgnoreCase(name) : f.name().equals(name)) return f;
        return null;
    }

    /** The method of {@code n} whose name equals {@code name} regardless of case, or null. */
    private static Func foldedMethod(Named n, String name) {
        Func m = n.method(name);
        if (m != null) return m;
        for (Func f : n.methods()) if (f.name().equalsIgnoreCase(name)) return f;
        return null;
    }
}
