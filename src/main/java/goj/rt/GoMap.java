package goj.rt;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A Go map: keys are interface-boxed values (so a key's class and equals are its Go dynamic type
 * and ==), values boxed by their JVM representation. The nil map is {@code null}: reading it
 * yields zero values, writing it panics. Iteration order is randomized per range loop; entries
 * deleted during a range loop are not produced, as the spec requires.
 *
 * <p>An open-addressing table with linear probing: parallel arrays of keys, values and key
 * hashes, no entry objects. Invariants: the table's length is a power of two and at least a
 * quarter of it is empty; every key sits in the run of occupied slots that starts at its home
 * slot ({@link #home}), which deletion keeps by shifting later keys of the run back.
 */
public final class GoMap {
    /** The key of a nil interface; a null slot is empty. */
    private static final Object NIL_KEY = new Object();

    private Object[] keys;
    private Object[] vals;
    private int[] hashes;
    /** 32 minus log2 of the table's length: {@link #home} takes a hash's top bits. */
    private int shift;
    private int size;

    public GoMap(long hint) {
        int n = 8;
        long want = Math.min(Math.max(hint, 0) * 4 / 3 + 1, 1 << 30);
        while (n < want) n <<= 1;
        allocate(n);
    }

    private void allocate(int n) {
        keys = new Object[n];
        vals = new Object[n];
        hashes = new int[n];
        shift = 32 - Integer.numberOfTrailingZeros(n);
    }

    /** Fibonacci hashing: the key's home slot from the top bits of its scrambled hash. */
    private int home(int h) { return (h * 0x9E3779B9) >>> shift; }

    /** Go's key equality for floats: +0 and -0 are one key; NaN is never equal, not even to itself. */
    private static Object key(Object k) {
        if (k instanceof Long || k instanceof GoString) return k;
        if (k == null) return NIL_KEY;
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

    /** The slot holding key {@code k} (already normalized by {@link #key}) with hash {@code h}, or -1. */
    private int find(Object k, int h) {
        Object[] ks = keys;
        int mask = ks.length - 1;
        for (int i = home(h); ; i = (i + 1) & mask) {
            Object s = ks[i];
            if (s == null) return -1;
            if (hashes[i] == h && (s == k || s.equals(k))) return i;
        }
    }

    /** {@code m[k]}: the value, or Chan.NONE when absent. */
    public static Object get(GoMap m, Object k) {
        Object key = key(k);
        if (m == null) return Chan.NONE;
        int i = m.find(key, key.hashCode());
        return i < 0 ? Chan.NONE : m.vals[i];
    }

    public static void put(GoMap m, Object k, Object v) {
        if (m == null) throw GoPanic.plain("assignment to entry in nil map");
        Object key = key(k);
        int h = key.hashCode();
        Object[] ks = m.keys;
        int mask = ks.length - 1;
        int i = m.home(h);
        for (Object s; (s = ks[i]) != null; i = (i + 1) & mask) {
            if (m.hashes[i] == h && (s == key || s.equals(key))) {
                m.vals[i] = v;
                return;
            }
        }
        ks[i] = key;
        m.vals[i] = v;
        m.hashes[i] = h;
        if (++m.size > ks.length - (ks.length >> 2)) m.grow();
    }

    private void grow() {
        Object[] oks = keys, ovs = vals;
        int[] ohs = hashes;
        allocate(oks.length * 2);
        int mask = keys.length - 1;
        for (int j = 0; j < oks.length; j++) {
            if (oks[j] == null) continue;
            int i = home(ohs[j]);
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = oks[j];
            vals[i] = ovs[j];
            hashes[i] = ohs[j];
        }
    }

    public static void delete(GoMap m, Object k) {
        Object key = key(k);
        if (m == null) return;
        int i = m.find(key, key.hashCode());
        if (i >= 0) m.removeAt(i);
    }

    /** Empties slot {@code i}, moving later keys of its run back so that each stays reachable from its home slot. */
    private void removeAt(int i) {
        Object[] ks = keys;
        int mask = ks.length - 1;
        for (int j = (i + 1) & mask; ks[j] != null; j = (j + 1) & mask) {
            // the key at j may fill the hole at i unless its home lies cyclically in (i, j]
            if (((j - home(hashes[j])) & mask) >= ((j - i) & mask)) {
                ks[i] = ks[j];
                vals[i] = vals[j];
                hashes[i] = hashes[j];
                i = j;
            }
        }
        ks[i] = null;
        vals[i] = null;
        size--;
    }

    /** {@code clear(m)}: deletes every entry. */
    public static void clear(GoMap m) {
        if (m == null || m.size == 0) return;
        java.util.Arrays.fill(m.keys, null);
        java.util.Arrays.fill(m.vals, null);
        m.size = 0;
    }

    public static int len(GoMap m) { return m == null ? 0 : m.size; }

    /** The keys for a range loop: a snapshot of the table's keys, from a random slot on. */
    public static Slice keys(GoMap m) {
        if (m == null || m.size == 0) return null;
        Object[] ks = m.keys;
        Object[] out = new Object[m.size];
        int start = ThreadLocalRandom.current().nextInt(ks.length), n = 0;
        for (int j = 0; j < ks.length; j++) {
            Object k = ks[(start + j) & (ks.length - 1)];
            if (k != null) out[n++] = k == NIL_KEY ? null : k;
        }
        return new Slice(out, 0, n, n);
    }

    /** Whether key {@code k} (as produced by {@link #keys}) is still in the map. */
    public static boolean has(GoMap m, Object k) {
        if (m == null) return false;
        Object key = k == null ? NIL_KEY : k;
        return m.find(key, key.hashCode()) >= 0;
    }
}
