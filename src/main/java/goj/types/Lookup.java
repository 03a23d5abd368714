package goj.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Field and method lookup with embedding (the spec's selector rules), breadth first by depth. */
final class Lookup {
    private Lookup() {}

    /** The result of a lookup: a selection, or why there is none. */
    record Result(Selection sel, boolean ambiguous) {}

    private record Candidate(Type type, List<Integer> path, boolean indirect) {}

    static Result find(Type t, String name, Map<Named, Map<String, Func>> methods) {
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
                if (typ instanceof Named n) {
                    if (!seen.add(n)) continue;
                    Func m = methods.getOrDefault(n, Map.of()).get(name);
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
