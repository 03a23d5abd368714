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

    private static long align(long x, long a) { return (x + a - 1) / a * a; }
}
