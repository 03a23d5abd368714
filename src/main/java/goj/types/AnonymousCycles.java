package goj.types;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Finds interface literals that refer to themselves through no defined type, such as
 * {@code interface{ m() interface{ I } }} in the declaration of I (go.dev/issue/56103), which gc
 * rejects once the package type-checks. Defined types end the search: only cycles of anonymous
 * types count. Methods of embedded interfaces are searched as the interface's own.
 */
final class AnonymousCycles {
    /** Interfaces searched: on a cycle (true) or not (false). */
    private final Map<Interface, Boolean> cyclic = new IdentityHashMap<>();

    /** Whether the methods of {@code t} lead back to an anonymous interface being searched. */
    boolean hasCycle(Interface t) {
        for (Func m : t.methods()) if (visit(m.type())) return true;
        return false;
    }

    /** Forgets that the interfaces found so far are on cycles, so that each cycle is reported once. */
    void reported() { cyclic.replaceAll((k, v) -> false); }

    private boolean visit(Type t) {
        return switch (t) {
            case Pointer p -> visit(p.elem());
            case Array a -> visit(a.elem());
            case Chan c -> visit(c.elem());
            case Slice s -> visit(s.elem());
            case MapType m -> visit(m.key()) || visit(m.elem());
            case Struct st -> st.fields().stream().anyMatch(f -> visit(f.type()));
            case Signature s -> visit(s.params()) || visit(s.results());
            case Tuple tu -> {
                for (int i = 0; i < tu.size(); i++) if (visit(tu.at(i).type())) yield true;
                yield false;
            }
            case Interface i -> {
                if (i.isEmpty()) yield false;
                Boolean known = cyclic.get(i);
                if (known != null) yield known;
                cyclic.put(i, true);
                if (hasCycle(i)) yield true;
                cyclic.put(i, false);
                yield false;
            }
            default -> false; // defined types, basic types, type parameters
        };
    }
}
