package goj.types;

/** Relations between types: identity, assignability, comparability. */
public final class Types {
    private Types() {}

    /** The spec's assignability of a (typed) value of type {@code v} to type {@code t}. */
    public static boolean assignable(Type v, Type t) {
        if (identical(v, t)) return true;
        if (t.underlying() instanceof Interface it && !(v instanceof Tuple)) return Lookup.missingMethod(v, it) == null;
        // a bidirectional channel is assignable to a directional one of the same element type
        if (v.underlying() instanceof Chan vc && t.underlying() instanceof Chan tc && vc.dir() == goj.syntax.ChanDir.BOTH
                && identical(vc.elem(), tc.elem()) && (!(v instanceof Named) || !(t instanceof Named))) return true;
        // identical underlying types and at least one of them is not a named type
        return (!(v instanceof Named) || !(t instanceof Named)) && identical(v.underlying(), t.underlying())
                && !(v.underlying() instanceof Basic);
    }

    /** Whether values of {@code t} can be compared with == (the spec's comparable types). */
    public static boolean comparable(Type t) {
        return switch (t.underlying()) {
            case Basic b -> b.kind() != Basic.Kind.UNTYPED_NIL;
            case Pointer p -> true;
            case Array a -> comparable(a.elem());
            case Struct st -> st.fields().stream().allMatch(f -> comparable(f.type()));
            case Interface i -> true;
            case Chan c -> true;
            default -> false;
        };
    }

    /** What selector {@code .name} denotes on a value of type {@code t} (field or method), or null. */
    public static Selection lookup(Type t, String name) {
        return Lookup.find(t, name).sel();
    }

    public static boolean isExported(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.codePointAt(0));
    }

    /** Whether {@code t}'s values may be compared with nil. */
    public static boolean hasNil(Type t) {
        return switch (t.underlying()) {
            case Slice s -> true;
            case Pointer p -> true;
            case Signature s -> true;
            case Interface i -> true;
            case Chan c -> true;
            case MapType m -> true;
            case Basic b -> b.kind() == Basic.Kind.UNSAFE_POINTER;
            default -> false;
        };
    }

    /** The spec's type identity. */
    public static boolean identical(Type x, Type y) { return identical(x, y, true, null); }

    /** Type identity with struct tags ignored (the conversion rules' identity). */
    static boolean identicalIgnoreTags(Type x, Type y) { return identical(x, y, false, null); }

    /** A pair of interfaces being compared, and the pairs being compared around it (for interfaces that refer to themselves). */
    private record IfacePair(Interface x, Interface y, IfacePair prev) {}

    private static boolean identical(Type x, Type y, boolean tags, IfacePair p) {
        if (x == y) return true;
        if (x instanceof Tuple a && y instanceof Tuple b) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!identical(a.at(i).type(), b.at(i).type(), tags, p)) return false;
            return true;
        }
        if (x instanceof Slice a && y instanceof Slice b) return identical(a.elem(), b.elem(), tags, p);
        if (x instanceof MapType a && y instanceof MapType b) return identical(a.key(), b.key(), tags, p) && identical(a.elem(), b.elem(), tags, p);
        if (x instanceof Chan a && y instanceof Chan b) return a.dir() == b.dir() && identical(a.elem(), b.elem(), tags, p);
        if (x instanceof Pointer a && y instanceof Pointer b) return identical(a.elem(), b.elem(), tags, p);
        if (x instanceof Array a && y instanceof Array b) return a.len() == b.len() && identical(a.elem(), b.elem(), tags, p);
        if (x instanceof Struct a && y instanceof Struct b) {
            if (a.fields().size() != b.fields().size()) return false;
            for (int i = 0; i < a.fields().size(); i++) {
                Struct.Field f = a.fields().get(i), g = b.fields().get(i);
                if (!f.name().equals(g.name()) || f.embedded() != g.embedded() || !identical(f.type(), g.type(), tags, p)
                        || tags && !java.util.Objects.equals(f.tag(), g.tag())) return false;
                if (!isExported(f.name()) && f.var().pkg() != g.var().pkg()) return false;
            }
            return true;
        }
        if (x instanceof Interface a && y instanceof Interface b) {
            for (IfacePair q = p; q != null; q = q.prev()) if (q.x() == a && q.y() == b || q.x() == b && q.y() == a) return true;
            p = new IfacePair(a, b, p);
            if (a.methods().size() != b.methods().size()) return false;
            for (int i = 0; i < a.methods().size(); i++) {
                Func f = a.methods().get(i), g = b.methods().get(i);
                if (!f.name().equals(g.name()) || !identical(f.type(), g.type(), tags, p)) return false;
            }
            return true;
        }
        if (x instanceof Signature a && y instanceof Signature b) {
            return a.variadic() == b.variadic() && identical(a.params(), b.params(), tags, p) && identical(a.results(), b.results(), tags, p);
        }
        return false;
    }
}
