package goj.syntax;

import java.nio.charset.StandardCharsets;

/** Interns identifiers straight from source bytes (open addressing), and knows the keywords. */
final class Interner {
    static final class Entry {
        final String name;
        final Token keyword; // null for identifiers
        final int hash;

        Entry(String name, Token keyword, int hash) {
            this.name = name;
            this.keyword = keyword;
            this.hash = hash;
        }
    }

    private Entry[] table = new Entry[1024];
    private int size;

    Interner() {
        for (Token t : Token.values()) {
            if (t.isKeyword()) insert(new Entry(t.text(), t, hashOf(t.text())));
        }
    }

    static int hashOf(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) h = h * 31 + s.charAt(i);
        return h;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x45d9f3b;
        h ^= h >>> 16;
        return h;
    }

    /** Looks up (or adds) the ASCII identifier src[off:off+len] whose hashOf is {@code hash}. */
    Entry lookup(byte[] src, int off, int len, int hash) {
        Entry[] t = table;
        int mask = t.length - 1;
        for (int i = mix(hash) & mask; ; i = (i + 1) & mask) {
            Entry e = t[i];
            if (e == null) break;
            if (e.hash == hash && e.name.length() == len && same(e.name, src, off, len)) return e;
        }
        Entry e = new Entry(new String(src, off, len, StandardCharsets.ISO_8859_1), null, hash);
        insert(e);
        return e;
    }

    private static boolean same(String s, byte[] src, int off, int len) {
        for (int i = 0; i < len; i++) if (s.charAt(i) != src[off + i]) return false;
        return true;
    }

    /** Looks up (or adds) an identifier given as a string. */
    Entry lookup(String s) {
        int hash = hashOf(s);
        Entry[] t = table;
        int mask = t.length - 1;
        for (int i = mix(hash) & mask; ; i = (i + 1) & mask) {
            Entry e = t[i];
            if (e == null) break;
            if (e.hash == hash && e.name.equals(s)) return e;
        }
        Entry e = new Entry(s, null, hash);
        insert(e);
        return e;
    }

    private void insert(Entry e) {
        if (2 * (size + 1) > table.length) grow();
        Entry[] t = table;
        int mask = t.length - 1;
        int i = mix(e.hash) & mask;
        while (t[i] != null) i = (i + 1) & mask;
        t[i] = e;
        size++;
    }

    private void grow() {
        Entry[] old = table;
        table = new Entry[old.length * 2];
        int mask = table.length - 1;
        for (Entry e : old) {
            if (e == null) continue;
            int i = mix(e.hash) & mask;
            while (table[i] != null) i = (i + 1) & mask;
            table[i] = e;
        }
    }
}
