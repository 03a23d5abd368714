package goj.rt;

/** Interface operations: dynamic type names, equality and gc's type-assertion panics. */
public final class Ifaces {
    private Ifaces() {}

    /** The Go name of the dynamic type of interface value {@code v} ({@code nil} for a nil interface). */
    public static String typeName(Object v) {
        return switch (v) {
            case null -> "nil";
            case GoValue g -> g.goType();
            case Long l -> "int";
            case Double d -> "float64";
            case Boolean b -> "bool";
            case GoString s -> "string";
            default -> v.getClass().getName();
        };
    }

    /** Go's == on interface values: same dynamic type and equal values (pointers: the same object). */
    public static boolean equal(Object a, Object b) {
        if (a == null || b == null) return a == b;
        if (a.getClass() != b.getClass()) return false;
        if (a instanceof Double x) return x.doubleValue() == ((Double) b).doubleValue(); // NaN != NaN, 0 == -0
        return a.equals(b);
    }

    /** The panic of {@code ==} on interface values holding the same uncomparable type. */
    public static GoPanic uncomparable(String type) {
        return GoPanic.runtimeError("comparing uncomparable type " + type);
    }

    /** The panic of using an interface value of an uncomparable type as a map key. */
    public static GoPanic unhashable(String type) {
        return GoPanic.runtimeError("hash of unhashable type " + type);
    }

    /** The panic of a failed {@code x.(T)}: {@code iface} is the static interface type's name. */
    public static GoPanic assertionFailed(Object v, String iface, String want) {
        return new GoPanic(new GoPanic.RuntimeError(GoString.ofUtf8(
                "interface conversion: " + iface + " is " + typeName(v) + ", not " + want), false));
    }

    /** The panic of a failed {@code x.(I)} for an interface I. */
    public static GoPanic missingMethod(Object v, String iface, String want, String method) {
        if (v == null) {
            return new GoPanic(new GoPanic.RuntimeError(GoString.ofUtf8(
                    "interface conversion: interface is nil, not " + want), false));
        }
        return new GoPanic(new GoPanic.RuntimeError(GoString.ofUtf8(
                "interface conversion: " + typeName(v) + " is not " + want + ": missing method " + method), false));
    }
}
