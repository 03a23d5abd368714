package goj.rt;

/**
 * gc's slice growth: the next capacity for {@code append} (double small slices, grow large ones by
 * about 1.25×) rounded up to the allocator's size classes, so {@code cap} reports what gc reports.
 */
final class GrowPolicy {
    private GrowPolicy() {}

    /** gc's malloc size classes up to 32 KiB (bytes). */
    private static final int[] SIZE_CLASSES = {
        0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
        352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
        2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472,
        9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
        28672, 32768,
    };
    private static final int PAGE = 8192;
    /** gc's malloc header: objects with pointers above {@link #MIN_SIZE_FOR_MALLOC_HEADER} bytes carry one word of type information. */
    private static final int MALLOC_HEADER = 8, MIN_SIZE_FOR_MALLOC_HEADER = 512;

    /**
     * gc (since 1.25) gives the first growth of an empty slice a 32-byte buffer (on the stack when
     * the slice does not escape, which goj cannot tell; it follows the common, non-escaping case).
     */
    private static final int FIRST_BUFFER = 32;

    /** The capacity {@code append} gives a slice of {@code oldCap} elements of {@code elemSize} bytes (holding pointers or not) that must reach {@code newLen}. */
    static int newCap(int newLen, int oldCap, int elemSize, boolean pointers) {
        if (oldCap == 0 && elemSize > 0 && (long) newLen * elemSize <= FIRST_BUFFER) return FIRST_BUFFER / elemSize;
        int newcap;
        int doublecap = oldCap + oldCap;
        if (newLen > doublecap) {
            newcap = newLen;
        } else {
            final int threshold = 256;
            if (oldCap < threshold) {
                newcap = doublecap;
            } else {
                newcap = oldCap;
                while (newcap < newLen) newcap += (newcap + 3 * threshold) >> 2;
                if (newcap <= 0) newcap = newLen;
            }
        }
        return roundUp(newcap, elemSize, pointers);
    }

    /**
     * The capacity an allocation of {@code n} elements of {@code elemSize} bytes really gets: the
     * size class (small objects) or whole pages (large ones), less the malloc header that a small
     * object with pointers over 512 bytes carries (gc's roundupsize).
     */
    static int roundUp(int n, int elemSize, boolean pointers) {
        if (elemSize == 0) return n;
        long bytes = (long) n * elemSize;
        long usable;
        if (bytes <= SIZE_CLASSES[SIZE_CLASSES.length - 1] - MALLOC_HEADER) {
            int header = pointers && bytes > MIN_SIZE_FOR_MALLOC_HEADER ? MALLOC_HEADER : 0;
            int i = java.util.Arrays.binarySearch(SIZE_CLASSES, (int) bytes + header);
            usable = (i >= 0 ? SIZE_CLASSES[i] : SIZE_CLASSES[-i - 1]) - header;
        } else {
            usable = (bytes + PAGE - 1) / PAGE * PAGE;
        }
        long c = usable / elemSize;
        return (int) Math.min(c, Integer.MAX_VALUE - 8);
    }
}
