package goj.types;

/** Relations between types: identity (more come with the rest of the type system). */
public final class Types {
    private Types() {}

    /** The spec's type identity. */
    public static boolean identical(Type x, Type y) {
        if (x == y) return true;
        if (x instanceof Tuple a && y instanceof Tuple b) {
            if (a.size() != b.size()) return false;
            for (int i = 0; i < a.size(); i++) if (!identical(a.at(i).type(), b.at(i).type())) return false;
            return true;
        }
        if (x instanceof Signature a && y instanceof Signature b) {
            return a.variadic() == b.variadic() && identical(a.params(), b.params()) && identical(a.results(), b.results());
        }
        return false;
    }
}
