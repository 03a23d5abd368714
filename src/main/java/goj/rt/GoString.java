package goj.rt;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A Go string: an immutable sequence of bytes, not necessarily UTF-8.
 *
 * <p>Invariant: {@code bytes[offset .. offset+length)} is never written after construction, so
 * slicing shares the array (O(1), as in Go) and the header is freely shared. The hash is cached.
 * Instances compare equal, hash and order by their bytes (unsigned), as Go's {@code ==} and
 * {@code <} do.
 */
public final class GoString implements Comparable<GoString> {
    public static final GoString EMPTY = new GoString(new byte[0], 0, 0);

    final byte[] bytes;
    final int offset;
    final int length;
    private int hash;

    private GoString(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    /**
     * The string whose bytes are the chars of {@code latin1} (each char must be 0..255): how
     * generated code carries string literals in the constant pool.
     */
    public static GoString ofLatin1(String latin1) {
        return latin1.isEmpty() ? EMPTY : new GoString(latin1.getBytes(StandardCharsets.ISO_8859_1), 0, latin1.length());
    }

    /** Bootstrap method of a string literal's dynamic constant (its bytes as Latin-1 chars), resolved once per class. */
    public static GoString literal(java.lang.invoke.MethodHandles.Lookup lookup, String name, Class<?> type, String latin1) {
        return ofLatin1(latin1);
    }

    /** The UTF-8 encoding of a Java string (for messages made by the runtime). */
    public static GoString ofUtf8(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return new GoString(b, 0, b.length);
    }

    /** A string that owns {@code b}: the caller must never write {@code b} again. */
    public static GoString wrap(byte[] b) {
        return b.length == 0 ? EMPTY : new GoString(b, 0, b.length);
    }

    public int length() { return length; }

    /** The byte at {@code i} as 0..255; the caller has checked the bounds. */
    public int byteAt(int i) { return bytes[offset + i] & 0xFF; }

    /** {@code s[lo:hi]}, sharing the bytes; bounds checked by the caller. */
    public GoString slice(int lo, int hi) {
        return hi == lo ? EMPTY : new GoString(bytes, offset + lo, hi - lo);
    }

    public GoString concat(GoString o) {
        if (o.length == 0) return this;
        if (length == 0) return o;
        byte[] b = Arrays.copyOfRange(bytes, offset, offset + length + o.length);
        System.arraycopy(o.bytes, o.offset, b, length, o.length);
        return new GoString(b, 0, b.length);
    }

    /** {@code parts[0] + parts[1] + …}, copying the bytes once. */
    public static GoString concat(GoString[] parts) {
        int n = 0;
        for (GoString p : parts) n += p.length;
        if (n == 0) return EMPTY;
        byte[] b = new byte[n];
        int at = 0;
        for (GoString p : parts) {
            System.arraycopy(p.bytes, p.offset, b, at, p.length);
            at += p.length;
        }
        return new GoString(b, 0, n);
    }

    /** A fresh copy of the bytes, as {@code []byte(s)} needs. */
    public byte[] toBytes() { return Arrays.copyOfRange(bytes, offset, offset + length); }

    /** Writes the bytes to {@code out}. */
    public void writeTo(java.io.OutputStream out) throws java.io.IOException {
        out.write(bytes, offset, length);
    }

    /** The bytes decoded as UTF-8 (invalid bytes become U+FFFD), for Java-side messages. */
    @Override public String toString() { return new String(bytes, offset, length, StandardCharsets.UTF_8); }

    @Override public boolean equals(Object o) {
        return o instanceof GoString s && s.length == length
                && Arrays.equals(bytes, offset, offset + length, s.bytes, s.offset, s.offset + s.length);
    }

    @Override public int hashCode() {
        int h = hash;
        if (h == 0 && length != 0) {
            h = 1;
            for (int i = offset, e = offset + length; i < e; i++) h = 31 * h + bytes[i];
            hash = h;
        }
        return h;
    }

    @Override public int compareTo(GoString o) {
        return Arrays.compareUnsigned(bytes, offset, offset + length, o.bytes, o.offset, o.offset + o.length);
    }
}
