package goj.rt;

/**
 * Interface boxes of the predeclared types that have no JVM class of their own. In an interface,
 * {@code int} is a {@link Long}, {@code float64} a {@link Double}, {@code bool} a {@link Boolean},
 * {@code string} a {@link GoString}; the other basic types use these classes, so the dynamic type
 * of an interface value is always its Java class.
 */
public final class Boxes {
    private Boxes() {}

    /** A boxed integer of a 64-bit type other than int (the value in two's complement). */
    public record Int64(long v) implements GoValue { public String goType() { return "int64"; } }
    public record Uint(long v) implements GoValue { public String goType() { return "uint"; } }
    public record Uint64(long v) implements GoValue { public String goType() { return "uint64"; } }
    public record Uintptr(long v) implements GoValue { public String goType() { return "uintptr"; } }
    public record Int32(int v) implements GoValue { public String goType() { return "int32"; } }
    public record Int16(int v) implements GoValue { public String goType() { return "int16"; } }
    public record Int8(int v) implements GoValue { public String goType() { return "int8"; } }
    public record Uint32(int v) implements GoValue { public String goType() { return "uint32"; } }
    public record Uint16(int v) implements GoValue { public String goType() { return "uint16"; } }
    public record Uint8(int v) implements GoValue { public String goType() { return "uint8"; } }
    /** float32: equality is Go's == (so NaN is not equal to itself). */
    public record Float32(float v) implements GoValue {
        public String goType() { return "float32"; }
        @Override public boolean equals(Object o) { return o instanceof Float32 f && f.v == v; }
        @Override public int hashCode() { return Float.hashCode(v); }
    }
}
