package goj.types;

import java.util.ArrayList;
import java.util.List;

/** Field and method lookup with embedding (the spec's selector rules), breadth first by depth. */
final class Lookup {
    private Lookup() {}

    /**
     * Why type {@code v} does not implement interface {@code iface}: null if it does, else
     * gc's explanation ("missing method M", "method M has pointer receiver", …).
     */
    static String missingMethod(Type v, Interface iface) {
        for (Func m : iface.methods()) {
            Result r = find(v, m.name());
            Selection s = r.sel();
            if (s == null || s.kind() != Selection.Kind.METHOD) return "missing method " + m.name();
            Func f = (Func) s.obj();
            if (f.nointerface) return m.name() + " method is marked 'nointerface'";
            if (!(f.type() instanceof Signature fs) || !Types.identical(fs, m.type())) {
                return "wrong type for method " + m.name() + ")\n\t\thave " + m.name() + f.type().toString().substring(4)
                        + "\n\t\twant " + m.name() + m.type().toString().substring(4);
            }
            // a value's method set lacks pointer-receiver methods (unless reached through an embedded pointer)
            if (f.ptrRecv && !s.indirect() && !(v instanceof Pointer) && !(v.underlying() instanceof Interface)) {
                return "method " + m.name() + " has pointer receiver";
            }
        }
        return null;
    }

    /** The result of a lookup: a selection, or why there is none. */
    record Result(Selection sel, boolean ambiguous) {}

    private record Candidate(Type type, List<Integer> path, boolean indirect) {}

    static Result find(Type t, String name) {
        List<Candidate> current = List.of(new Candidate(t, List.of(), false));
        java.util.Set<Type> seen = new java.util.HashSet<>();
        for (int depth = 0; !current.isEmpty() && depth < 32; depth++) {
            Selection found = null;
            int count = 0;
            List<Candidate> next = new ArrayList<>();
            for (Candidate c : current) {
                Type typ = c.type;
                boolean indirect = c.indirect;
                if (typ instanceof Pointer p) {
                    typ = p.elem();
                    indirect = true;
                }
                if (typ instanceof TypeParam tp && !indirect) {
                    Func m = tp.iface().method(name);
                    if (m != null) {
                        count++;
                        found = new Selection(Selection.Kind.METHOD, c.path, m, m.type(), false);
                    }
                    continue;
                }
                // an interface's methods: not through a pointer to the interface itself, but through an embedded field
                if (typ.underlying() instanceof Interface it && !(indirect && c.path.isEmpty())) {
                    Func m = it.method(name);
                    if (m != null) {
                        count++;
                        found = new Selection(Selection.Kind.METHOD, c.path, m, m.type(), false);
                    }
                    continue;
                }
                if (typ instanceof Named n) {
                    if (!seen.add(n)) continue;
                    Func m = n.method(name);
                    if (m != null) {
                        count++;
                        found = new Selection(Selection.Kind.METHOD, c.path, m, m.type(), indirect);
                        continue;
                    }
                }
                if (typ.underlying() instanceof Struct st) {
                    for (int i = 0; i < st.fields().size(); i++) {
                        Struct.Field f = st.fields().get(i);
                        List<Integer> path = new ArrayList<>(c.path);
                        path.add(i);
                        if (f.name().equals(name)) {
                            count++;
                            found = new Selection(Selection.Kind.FIELD, List.copyOf(path), f.var(), f.type(), indirect);
                        } else if (f.embedded()) {
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
}
