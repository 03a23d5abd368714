package goj.rt;

/** UTF-8 as Go decodes it: invalid sequences decode to U+FFFD one byte at a time. */
public final class Utf8 {
    private Utf8() {}

    /** Decodes the rune at byte {@code i}: returns {@code (width << 32) | rune}. ASCII is decoded here, small enough to inline. */
    public static long decode(GoString s, int i) {
        int b0 = s.byteAt(i);
        return b0 < 0x80 ? (1L << 32) | b0 : decodeMultibyte(s, i, b0);
    }

    private static long decodeMultibyte(GoString s, int i, int b0) {
        int n = s.length - i;
        int need, min, cp;
        if (b0 >= 0xC2 && b0 <= 0xDF) { need = 1; min = 0x80; cp = b0 & 0x1F; }
        else if (b0 >= 0xE0 && b0 <= 0xEF) { need = 2; min = 0x800; cp = b0 & 0x0F; }
        else if (b0 >= 0xF0 && b0 <= 0xF4) { need = 3; min = 0x10000; cp = b0 & 0x07; }
        else return (1L << 32) | 0xFFFD;
        if (n <= need) return (1L << 32) | 0xFFFD;
        for (int k = 1; k <= need; k++) {
            int b = s.byteAt(i + k);
            if ((b & 0xC0) != 0x80) return (1L << 32) | 0xFFFD;
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return (1L << 32) | 0xFFFD;
        return ((long) (need + 1) << 32) | cp;
    }

    /** The rune Go encodes for {@code r}: U+FFFD if r is not a valid code point. */
    static int valid(int r) {
        return r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) ? 0xFFFD : r;
    }

    /** The length of the UTF-8 encoding of valid rune {@code r}. */
    static int size(int r) {
        return r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
    }

    /** Writes the UTF-8 encoding of valid rune {@code r} at {@code b[at]}; returns the index after it. */
    static int encode(byte[] b, int at, int r) {
        if (r < 0x80) {
            b[at++] = (byte) r;
        } else if (r < 0x800) {
            b[at++] = (byte) (0xC0 | r >> 6);
            b[at++] = (byte) (0x80 | r & 0x3F);
        } else if (r < 0x10000) {
            b[at++] = (byte) (0xE0 | r >> 12);
            b[at++] = (byte) (0x80 | r >> 6 & 0x3F);
            b[at++] = (byte) (0x80 | r & 0x3F);
        } else {
            b[at++] = (byte) (0xF0 | r >> 18);
            b[at++] = (byte) (0x80 | r >> 12 & 0x3F);
            b[at++] = (byte) (0x80 | r >> 6 & 0x3F);
            b[at++] = (byte) (0x80 | r & 0x3F);
        }
        return at;
    }
}
