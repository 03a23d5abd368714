package goj.types;

/**
 * Sizes, alignments and field offsets of types as gc lays them out on amd64 (8-byte words),
 * what {@code unsafe.Sizeof}, {@code Alignof} and {@code Offsetof} report.
 */
public final class Sizes {
    private Sizes() {}

    private static final long WORD = 8;

    /** The size of a value of type {@code t} in bytes, or -1 if it exceeds the largest int64 (types2's "too large"). */
    public static long sizeof(Type t) {
        return switch (t.underlying()) {
            case Basic b -> b.size();
            case Array a -> {
                if (a.len() == 0) yield 0;
                long e = sizeof(a.elem());
                yield e < 0 || e > 0 && e > Long.MAX_VALUE / a.len() ? -1 : e * a.len();
            }
            case Slice s -> 3 * WORD;
            case Interface i -> 2 * WORD;
            case Struct s -> {
                int n = s.fields().size();
                if (n == 0) yield 0;
                long[] offs = offsetsof(s);
                long last = sizeof(s.fields().get(n - 1).type());
                if (offs[n - 1] < 0 || last < 0) yield -1;
                if (offs[n - 1] > 0 && last == 0) last = 1; // gc: a non-empty struct's last field never has size 0
                long size = align(offs[n - 1] + last, alignof(s));
                yield size < 0 ? -1 : size;
            }
            default -> WORD; // pointers, maps, channels, functions
        };
    }

    /**
     * Whether a value of type {@code t} holds pointers (gc's "not noscan"): gc's allocator then
     * reserves a malloc header in objects over 512 bytes, which shows in {@code cap} after append.
     */
    public static boolean hasPointers(Type t) {
        return switch (t.underlying()) {
            case Basic b -> b.kind() == Basic.Kind.STRING || b.kind() == Basic.Kind.UNSAFE_POINTER;
            case Array a -> a.len() > 0 && hasPointers(a.elem());
            case Struct s -> s.fields().stream().anyMatch(f -> hasPointers(f.type()));
            default -> true; // pointers, slices, interfaces, maps, channels, functions
        };
    }

    /** The alignment of a variable of type {@code t}. */
    public static long alignof(Type t) {
        return switch (t.underlying()) {
            case Basic b -> b.kind() == Basic.Kind.COMPLEX64 ? 4 : Math.max(1, Math.min(b.size(), WORD));
            case Array a -> alignof(a.elem());
            case Struct s -> {
                long m = 1;
                for (Struct.Field f : s.fields()) m = Math.max(m, alignof(f.type()));
                yield m;
            }
            default -> WORD;
        };
    }

    /** The offsets of the fields of {@code s}; -1 from the first field whose offset exceeds the largest int64. */
    public static long[] offsetsof(Struct s) {
        long[] offs = new long[s.fields().size()];
        long o = 0;
        for (int i = 0; i < offs.length; i++) {
            Type ft = s.fields().get(i).type();
            if (o >= 0) o = align(o, alignof(ft));
            offs[i] = o;
            long size = sizeof(ft);
            o = o < 0 || size < 0 || o + size < 0 ? -1 : o + size;
        }
        return offs;
    }

    /** gc's bound on the size of a type on amd64 (cmd/compile's {@code types.MaxWidth}): sizes stay below it. */
    static final long MAX_WIDTH = 1L << 50;

    /**
     * The first array type reachable from {@code t} (through elements, fields, pointer, slice, channel
     * and map element types, as gc computes their sizes) whose size is not below {@link #MAX_WIDTH}, or
     * null. {@code seen} holds the named types already visited (not looked into again), so
     * recursive types end.
     */
    static Array tooLarge(Type t, java.util.Set<Type> seen) {
        if (t instanceof Named && !seen.add(t)) return null;
        return switch (t.underlying()) {
            case Array a -> {
                Array inner = tooLarge(a.elem(), seen);
                if (inner != null) yield inner;
                long es = sizeof(a.elem());
                yield es != 0 && a.len() > (MAX_WIDTH - 1) / es ? a : null;
            }
            case Struct s -> {
                for (Struct.Field f : s.fields()) {
                    Array inner = tooLarge(f.type(), seen);
                    if (inner != null) yield inner;
                }
                yield null;
            }
            case Pointer p -> tooLarge(p.elem(), seen);
            case Slice sl -> tooLarge(sl.elem(), seen);
            case Chan c -> tooLarge(c.elem(), seen);
            case MapType m -> {
                Array inner = tooLarge(m.key(), seen);
                yield inner != null ? inner : tooLarge(m.elem(), seen);
            }
            default -> null;
        };
    }

    private static long align(long x, long a) { return (x + a - 1) / a * a; }
}
