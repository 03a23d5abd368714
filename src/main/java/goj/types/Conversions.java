package goj.types;

import java.nio.charset.StandardCharsets;

/** The spec's conversion rules (non-constant part) and constant conversions to string. */
final class Conversions {
    private Conversions() {}

    /** Whether a value of type {@code v} can be converted to type {@code t}. */
    static boolean convertible(Type v, Type t) {
        if (Types.assignable(v, t) || Types.identical(v.underlying(), t.underlying())) return true;
        Type vu = v.underlying(), tu = t.underlying();
        // unsafe.Pointer converts from and to any pointer and uintptr
        if (tu == Unsafe.POINTER && (vu instanceof Pointer || vu == Universe.UINTPTR)) return true;
        if (vu == Unsafe.POINTER && (tu instanceof Pointer || tu == Universe.UINTPTR)) return true;
        if (vu == Universe.UNTYPED_NIL) return Types.hasNil(t);
        if (vu instanceof Basic a && tu instanceof Basic b) {
            boolean ra = a.isInteger() || a.isFloat(), rb = b.isInteger() || b.isFloat();
            return ra && rb || a.isComplex() && b.isComplex() || a.isString() && b.isString() || a.isInteger() && b.isString()
                    || a.isBoolean() && b.isBoolean();
        }
        if (vu instanceof Basic a && a.isString() && tu instanceof Slice s) return isByteOrRune(s.elem());
        if (tu instanceof Basic b && b.isString() && vu instanceof Slice s) return isByteOrRune(s.elem());
        // unnamed pointer types whose base types have identical underlying types
        if (vu instanceof Pointer p && tu instanceof Pointer q && !(v instanceof Named) && !(t instanceof Named)) {
            return Types.identical(p.elem().underlying(), q.elem().underlying());
        }
        if (vu instanceof Slice s && tu instanceof Array a) return Types.identical(s.elem(), a.elem());
        if (vu instanceof Slice s && tu instanceof Pointer p && p.elem().underlying() instanceof Array a) return Types.identical(s.elem(), a.elem());
        return false;
    }

    private static boolean isByteOrRune(Type t) {
        Type u = t.underlying();
        return u == Universe.UINT8 || u == Universe.INT32;
    }

    /** {@code string(r)} for a constant integer r: its UTF-8 encoding, or U+FFFD if r is not a valid code point. */
    static Constant runeString(Constant c) {
        long r = c instanceof Constant.Int i && i.value().bitLength() < 63 ? i.value().longValue() : -1;
        int cp = r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) ? 0xFFFD : (int) r;
        return new Constant.Str(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
    }
}
