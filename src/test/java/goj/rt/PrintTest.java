package goj.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected strings are what gc 1.27's println prints for the same values. */
class PrintTest {
    @Test
    void floatsAsStrconvShortestG() {
        assertEquals("1.5", Print.formatFloat(1.5));
        assertEquals("1e+06", Print.formatFloat(1e6));
        assertEquals("123456", Print.formatFloat(123456.0));
        assertEquals("1.234567e+06", Print.formatFloat(1234567.0));
        assertEquals("0.0001", Print.formatFloat(0.0001));
        assertEquals("1e-05", Print.formatFloat(0.00001));
        assertEquals("-2.5e-10", Print.formatFloat(-2.5e-10));
        assertEquals("1e+100", Print.formatFloat(1e100));
        assertEquals("0.3333333333333333", Print.formatFloat(1.0 / 3));
        assertEquals("-0", Print.formatFloat(-0.0));
        assertEquals("0", Print.formatFloat(0.0));
        assertEquals("NaN", Print.formatFloat(Double.NaN));
        assertEquals("+Inf", Print.formatFloat(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", Print.formatFloat(Double.NEGATIVE_INFINITY));
        assertEquals("0.1", Print.formatFloat32(0.1f));
        assertEquals("5e-324", Print.formatFloat(Double.MIN_VALUE));
    }

    @Test
    void stringsAreBytes() {
        GoString s = GoString.ofUtf8("héllo");
        assertEquals(6, s.length());
        assertEquals(0xC3, s.byteAt(1));
        assertEquals(GoString.ofLatin1("llo"), s.slice(3, 6));
        assertEquals(GoString.ofUtf8("héllo, x"), s.concat(GoString.ofLatin1(", x")));
        assertEquals(s.hashCode(), GoString.ofUtf8("héllo").hashCode());
        // bytes compare unsigned, as Go's < on strings
        assert GoString.ofLatin1("\u00ff").compareTo(GoString.ofLatin1("a")) > 0;
    }
}
