package goj.rt;

import java.io.ByteArrayOutputStream;

/** UTF-8 as Go decodes it: invalid sequences decode to U+FFFD one byte at a time. */
public final class Utf8 {
    private Utf8() {}

    /** Decodes the rune at byte {@code i}: returns {@code (width << 32) | rune}. */
    public static long decode(GoString s, int i) {
        int n = s.length - i;
        int b0 = s.byteAt(i);
        if (b0 < 0x80) return (1L << 32) | b0;
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

    /** Appends the UTF-8 encoding of rune {@code r} (U+FFFD if it is not a valid code point). */
    public static void encode(ByteArrayOutputStream out, int r) {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
        if (r < 0x80) out.write(r);
        else if (r < 0x800) { out.write(0xC0 | r >> 6); out.write(0x80 | r & 0x3F); }
        else if (r < 0x10000) { out.write(0xE0 | r >> 12); out.write(0x80 | r >> 6 & 0x3F); out.write(0x80 | r & 0x3F); }
        else { out.write(0xF0 | r >> 18); out.write(0x80 | r >> 12 & 0x3F); out.write(0x80 | r >> 6 & 0x3F); out.write(0x80 | r & 0x3F); }
    }
}
