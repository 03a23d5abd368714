package goj.rt;

import java.util.LinkedHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A Go map: keys are interface-boxed values (so a key's class and equals are its Go dynamic type
 * and ==), values boxed by their JVM representation. The nil map is {@code null}: reading it
 * yields zero values, writing it panics. Iteration order is randomized per range loop; entries
 * deleted during a range loop are not produced, as the spec requires.
 */
public final class GoMap {
    private final LinkedHashMap<Object, Object> m;

    public GoMap(long hint) {
        m = new LinkedHashMap<>((int) Math.max(16, Math.min(hint * 4 / 3 + 1, 1 << 24)));
    }

    /** Go's key equality for floats: +0 and -0 are one key; NaN is never equal, not even to itself. */
    private static Object key(Object k) {
        if (k instanceof Double d) {
            if (d.isNaN()) return new Object();
            if (d == 0) return 0.0d;
        }
        if (k instanceof Boxes.Float32 f) {
            if (Float.isNaN(f.v())) return new Object();
            if (f.v() == 0) return new Boxes.Float32(0f);
        }
        if (k instanceof GoValue) k.hashCode(); // boxes of uncomparable types panic even when the map is empty
        // a key with a NaN part equals no other key: a fresh object keeps identity from matching either
        if (k instanceof Complex128 c && c.isNaN()) return new Complex128(c.re(), c.im());
        if (k instanceof Complex64 c && c.isNaN()) return new Complex64(c.re(), c.im());
        if (k instanceof Slice) throw GoPanic.runtimeError("hash of unhashable type " + Ifaces.typeName(k));
        return k;
    }

    /** {@code m[k]}: the value, or Chan.NONE when absent. */
    public static Object get(GoMap m, Object k) {
        if (m == null) {
            key(k);
            return Chan.NONE;
        }
        Object v = m.m.get(key(k));
        return v == null && !m.m.containsKey(key(k)) ? Chan.NONE : v;
    }

    public static void put(GoMap m, Object k, Object v) {
        if (m == null) throw GoPanic.plain("assignment to entry in nil map");
        m.m.put(key(k), v);
    }

    public static void delete(GoMap m, Object k) {
        if (m != null) m.m.remove(key(k));
    }

    /** {@code clear(m)}: deletes every entry. */
    public static void clear(GoMap m) {
        if (m != null) m.m.clear();
    }

    public static int len(GoMap m) { return m == null ? 0 : m.m.size(); }

    /** The keys for a range loop: a snapshot in a random rotation of insertion order. */
    public static Slice keys(GoMap m) {
        if (m == null || m.m.isEmpty()) return null;
        Object[] ks = m.m.keySet().toArray();
        int r = ThreadLocalRandom.current().nextInt(ks.length);
        Object[] out = new Object[ks.length];
        for (int i = 0; i < ks.length; i++) out[i] = ks[(i + r) % ks.length];
        return new Slice(out, 0, out.length, out.length);
    }

    /** Whether key {@code k} (as produced by {@link #keys}) is still in the map. */
    public static boolean has(GoMap m, Object k) {
        return m != null && m.m.containsKey(k);
    }
}
