package goj.rt;

/**
 * A Go slice header: a window {@code [offset, offset+length)} of a backing Java array with room
 * up to {@code offset+capacity}. Immutable: a slice value is copied by sharing the header. The nil
 * slice is {@code null}. The backing array's type follows the element type: {@code boolean[]},
 * {@code byte[]} (int8, uint8), {@code short[]} (int16), {@code char[]} (uint16), {@code int[]}
 * (int32, uint32), {@code long[]} (64-bit integers), {@code float[]}, {@code double[]}, or
 * {@code Object[]} for everything else.
 */
public final class Slice {
    final Object array;
    final int offset;
    final int length;
    final int capacity;

    Slice(Object array, int offset, int length, int capacity) {
        this.array = array;
        this.offset = offset;
        this.length = length;
        this.capacity = capacity;
    }

    public Object array() { return array; }
    public int offset() { return offset; }
}
