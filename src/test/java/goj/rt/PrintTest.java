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
    void complexAsStrconvFormatComplex() {
        assertEquals("(1+2i)", Print.formatComplex(new Complex128(1, 2)));
        assertEquals("(-0-0i)", Print.formatComplex(new Complex128(-0.0, -0.0)));
        assertEquals("(+Inf+NaNi)", Print.formatComplex(new Complex128(Double.POSITIVE_INFINITY, Double.NaN)));
        assertEquals("(1e+06-2.5e-10i)", Print.formatComplex(new Complex128(1e6, -2.5e-10)));
        assertEquals("(0.1+0.2i)", Print.formatComplex64(new Complex64(0.1f, 0.2f)));
    }

    @Test
    void complexArithmeticAsGc() {
        // complex128div's C99 corrections (values from gc 1.27)
        assertEquals("(+Inf+NaNi)", Print.formatComplex(Complex128.div(new Complex128(1, 0), Complex128.ZERO)));
        assertEquals("(+Inf+Infi)", Print.formatComplex(Complex128.div(new Complex128(1, 1), Complex128.ZERO)));
        assertEquals("(+Inf-Infi)", Print.formatComplex(Complex128.div(new Complex128(Double.POSITIVE_INFINITY, 0), new Complex128(1, 1))));
        assertEquals("(0+0i)", Print.formatComplex(Complex128.div(new Complex128(1, 1), new Complex128(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY))));
        // complex64: products in float64, each part rounded to float32
        assertEquals("(-0.030000001+0.040000003i)", Print.formatComplex64(Complex64.mul(new Complex64(0.1f, 0.2f), new Complex64(0.1f, 0.2f))));
        // Go's ==: NaN parts unequal, zeros of either sign equal (and hash alike)
        Complex128 nan = new Complex128(Double.NaN, 0);
        assertEquals(false, nan.equals(nan));
        assertEquals(new Complex128(0, 0), new Complex128(-0.0, 0));
        assertEquals(new Complex128(0, 0).hashCode(), new Complex128(-0.0, -0.0).hashCode());
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
