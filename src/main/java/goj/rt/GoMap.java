package goj.rt;

import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A Go map: keys are interface-boxed values (so a key's class and equals are its Go dynamic type
 * and ==), values boxed by their JVM representation. The nil map is {@code null}: reading it
 * yields zero values, writing it panics. Iteration order is randomized per range loop; entries
 * deleted during a range loop are not produced, as the spec requires.
 *
 * <p>An open-addressing table with linear probing over parallel arrays, no entry objects. A map
 * whose key type is {@code int} keeps its keys unboxed in {@link #ints} (the compiler calls the
 * {@code *Int} entry points for it); any other map keeps boxed keys in {@link #keys} with their
 * hashes. Invariants: the table's length is a power of two and at least a quarter of it is
 * empty; a slot is empty iff its {@link #vals} entry is null (a nil value is stored as
 * {@link #NIL_VALUE}); every key sits in the run of occupied slots that starts at its home slot,
 * which deletion keeps by shifting later keys of the run back.
 */
public final class GoMap {
    /** The stored form of a nil value, so that a null slot means empty. */
    private static final Object NIL_VALUE = new Object();

    /** Keys of an {@code int}-keyed map, else null. */
    private long[] ints;
    /** Boxed keys (null for a nil interface key) and their hashes, for any other key type. */
    private Object[] keys;
    private int[] hashes;
    private Object[] vals;
    /** log2 of the table's length. */
    private int bits;
    private int size;

    public GoMap(long hint, boolean intKeys) {
        int n = 8;
        long want = Math.min(Math.max(hint, 0) * 4 / 3 + 1, 1 << 30);
        while (n < want) n <<= 1;
        allocate(n, intKeys);
    }

    private void allocate(int n, boolean intKeys) {
        if (intKeys) ints = new long[n];
        else {
            keys = new Object[n];
            hashes = new int[n];
        }
        vals = new Object[n];
        bits = Integer.numberOfTrailingZeros(n);
    }

    /** Fibonacci hashing: a home slot from the top bits of the scrambled hash. */
    private int home(int h) { return (h * 0x9E3779B9) >>> (32 - bits); }

    private int homeInt(long k) { return (int) ((k * 0x9E3779B97F4A7C15L) >>> (64 - bits)); }

    private static Object wrap(Object v) { return v == null ? NIL_VALUE : v; }

    private static Object unwrap(Object v) { return v == NIL_VALUE ? null : v; }

    /** Go's key equality for floats: +0 and -0 are one key; NaN is never equal, not even to itself. */
    private static Object key(Object k) {
        if (k instanceof Long || k instanceof GoString || k == null) return k;
        if (k instanceof Double d && d == 0) return 0.0d;
        if (k instanceof Boxes.Float32 f && f.v() == 0) return new Boxes.Float32(0f);
        if (k instanceof GoValue) k.hashCode(); // boxes of uncomparable types panic even when the map is empty
        if (k instanceof Slice) throw GoPanic.runtimeError("hash of unhashable type " + Ifaces.typeName(k));
        return k;
    }

    /**
     * A key with a NaN part equals no other key, not even itself: {@link #put} stores a box of its
     * own, which only {@link #keys} hands out again (so a range finds its entry and value).
     */
    private static Object ownBox(Object k) {
        return switch (k) {
            case Double d -> Double.valueOf(d.doubleValue());
            case Boxes.Float32 f -> new Boxes.Float32(f.v());
            case Complex128 c -> new Complex128(c.re(), c.im());
            case Complex64 c -> new Complex64(c.re(), c.im());
            default -> k;
        };
    }

    /** Whether key {@code k} has a NaN part: it equals no other key, only itself (the same box). */
    private static boolean hasNaN(Object k) {
        return switch (k) {
            case null -> false;
            case Double d -> d.isNaN();
            case Boxes.Float32 f -> Float.isNaN(f.v());
            case Complex128 c -> c.isNaN();
            case Complex64 c -> c.isNaN();
            default -> false;
        };
    }

    private static int hash(Object k) { return k == null ? 0 : k.hashCode(); }

    /** The slot holding key {@code k} (normalized by {@link #key}) with hash {@code h}, or the empty slot ending its probe sequence. */
    private int slot(Object k, int h) {
        Object[] ks = keys, vs = vals;
        int mask = vs.length - 1;
        for (int i = home(h); ; i = (i + 1) & mask) {
            if (vs[i] == null) return i;
            Object s = ks[i];
            if (hashes[i] == h && (s == k || s != null && k != null && s.equals(k) && !hasNaN(k))) return i;
        }
    }

    private int slotInt(long k) {
        long[] ks = ints;
        Object[] vs = vals;
        int mask = vs.length - 1;
        for (int i = homeInt(k); ; i = (i + 1) & mask) {
            if (vs[i] == null || ks[i] == k) return i;
        }
    }

    /** {@code m[k]}: the value, or Chan.NONE when absent. */
    public static Object get(GoMap m, Object k) {
        Object key = key(k);
        if (m == null) return Chan.NONE;
        if (m.ints != null) return getInt(m, (Long) key);
        Object v = m.vals[m.slot(key, hash(key))];
        return v == null ? Chan.NONE : unwrap(v);
    }

    /** {@code m[k]} of an {@code int}-keyed map. */
    public static Object getInt(GoMap m, long k) {
        if (m == null) return Chan.NONE;
        Object v = m.vals[m.slotInt(k)];
        return v == null ? Chan.NONE : unwrap(v);
    }

    public static void put(GoMap m, Object k, Object v) {
        if (m == null) throw GoPanic.plain("assignment to entry in nil map");
        Object key = key(k);
        if (m.ints != null) {
            putInt(m, (Long) key, v);
            return;
        }
        if (hasNaN(key)) key = ownBox(key);
        int h = hash(key), i = m.slot(key, h);
        if (m.vals[i] == null) {
            m.keys[i] = key;
            m.hashes[i] = h;
            m.vals[i] = wrap(v);
            m.added();
        } else {
            m.vals[i] = wrap(v);
        }
    }

    public static void putInt(GoMap m, long k, Object v) {
        if (m == null) throw GoPanic.plain("assignment to entry in nil map");
        int i = m.slotInt(k);
        if (m.vals[i] == null) {
            m.ints[i] = k;
            m.vals[i] = wrap(v);
            m.added();
        } else {
            m.vals[i] = wrap(v);
        }
    }

    /** After filling an empty slot: grows the table when it is three quarters full. */
    private void added() {
        if (++size > vals.length - (vals.length >> 2)) grow();
    }

    private void grow() {
        long[] ois = ints;
        Object[] oks = keys, ovs = vals;
        int[] ohs = hashes;
        allocate(ovs.length * 2, ois != null);
        int mask = vals.length - 1;
        for (int j = 0; j < ovs.length; j++) {
            if (ovs[j] == null) continue;
            int i = ois != null ? homeInt(ois[j]) : home(ohs[j]);
            while (vals[i] != null) i = (i + 1) & mask;
            if (ois != null) ints[i] = ois[j];
            else {
                keys[i] = oks[j];
                hashes[i] = ohs[j];
            }
            vals[i] = ovs[j];
        }
    }

    public static void delete(GoMap m, Object k) {
        Object key = key(k);
        if (m == null) return;
        if (m.ints != null) deleteInt(m, (Long) key);
        else {
            int i = m.slot(key, hash(key));
            if (m.vals[i] != null) m.removeAt(i);
        }
    }

    public static void deleteInt(GoMap m, long k) {
        if (m == null) return;
        int i = m.slotInt(k);
        if (m.vals[i] != null) m.removeAt(i);
    }

    /** Empties slot {@code i}, moving later keys of its run back so that each stays reachable from its home slot. */
    private void removeAt(int i) {
        Object[] vs = vals;
        int mask = vs.length - 1;
        for (int j = (i + 1) & mask; vs[j] != null; j = (j + 1) & mask) {
            int h = ints != null ? homeInt(ints[j]) : home(hashes[j]);
            // the key at j may fill the hole at i unless its home lies cyclically in (i, j]
            if (((j - h) & mask) >= ((j - i) & mask)) {
                if (ints != null) ints[i] = ints[j];
                else {
                    keys[i] = keys[j];
                    hashes[i] = hashes[j];
                }
                vs[i] = vs[j];
                i = j;
            }
        }
        if (keys != null) keys[i] = null;
        vs[i] = null;
        size--;
    }

    /** {@code clear(m)}: deletes every entry. */
    public static void clear(GoMap m) {
        if (m == null || m.size == 0) return;
        if (m.keys != null) Arrays.fill(m.keys, null);
        Arrays.fill(m.vals, null);
        m.size = 0;
    }

    public static int len(GoMap m) { return m == null ? 0 : m.size; }

    /** The keys for a range loop: a snapshot of the table's keys (boxed), from a random slot on. */
    public static Slice keys(GoMap m) {
        if (m == null || m.size == 0) return null;
        Object[] vs = m.vals;
        Object[] out = new Object[m.size];
        int mask = vs.length - 1, start = ThreadLocalRandom.current().nextInt(vs.length), n = 0;
        for (int j = 0; j < vs.length; j++) {
            int i = (start + j) & mask;
            if (vs[i] != null) out[n++] = m.ints != null ? Long.valueOf(m.ints[i]) : m.keys[i];
        }
        return new Slice(out, 0, n, n);
    }

    /** Whether key {@code k} (as produced by {@link #keys}) is still in the map. */
    public static boolean has(GoMap m, Object k) {
        if (m == null) return false;
        if (m.ints != null) return m.vals[m.slotInt((Long) k)] != null;
        return m.vals[m.slot(k, hash(k))] != null;
    }
}
