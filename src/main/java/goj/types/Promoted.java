package goj.types;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The promoted methods of a defined struct type: methods of its embedded fields (at any depth)
 * that the spec's selector rules select for the type and that it does not declare itself. Each
 * is a synthetic {@link Func} with the type as receiver base (its JVM implementation is a wrapper
 * that walks {@link Func#promotion}'s path and calls the real method); it has a pointer receiver
 * exactly when it is in the method set of {@code *T} but not of {@code T}.
 */
final class Promoted {
    private Promoted() {}

    static List<Func> of(Named n) {
        if (!(n.underlying() instanceof Struct st)) return List.of();
        Set<String> names = new LinkedHashSet<>();
        Set<Type> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Struct.Field f : st.fields()) if (f.embedded()) collect(f.type(), names, seen);
        List<Func> out = new ArrayList<>();
        for (String name : names) {
            if (n.method(name) != null) continue;
            Selection s = Lookup.find(n, name).sel();
            if (s == null || s.kind() != Selection.Kind.METHOD || s.path().isEmpty()) continue;
            Func m = (Func) s.obj();
            if (!(m.type() instanceof Signature)) continue;
            Func w = new Func(m.pos(), n.obj().pkg(), name, m.type());
            w.recvBase = n;
            w.ptrRecv = m.ptrRecv && !s.indirect();
            w.promotion = s;
            out.add(w);
        }
        return out;
    }

    /** The names of the methods of type {@code t} and of its embedded fields, in declaration order. */
    private static void collect(Type t, Set<String> names, Set<Type> seen) {
        if (t instanceof Pointer p) t = p.elem();
        if (!seen.add(t)) return;
        if (t instanceof Named n) for (Func m : n.methods()) names.add(m.name());
        if (t.underlying() instanceof Interface it) for (Func m : it.methods()) names.add(m.name());
        if (t.underlying() instanceof Struct st) for (Struct.Field f : st.fields()) if (f.embedded()) collect(f.type(), names, seen);
    }
}
