package goj.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goj.syntax.Operator;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Exact constant arithmetic; expected strings are go/constant's, as gc's messages print them. */
class ConstantsTest {
    private static Constant.Complex c(String re, String im) {
        return new Constant.Complex(new Constant.Float(new BigDecimal(re)), new Constant.Float(new BigDecimal(im)));
    }

    private static BigDecimal re(Constant c) { return Constants.toDecimal(Constants.real(c)); }

    private static BigDecimal im(Constant c) { return Constants.toDecimal(Constants.imag(c)); }

    @Test
    void imaginaryLiterals() {
        assertEquals("(0 + 2i)", Literals.parseImag("2i").toString());
        assertEquals(0, new BigDecimal("1500").compareTo(im(Literals.parseImag("1.5e3i"))));
        assertEquals(0, new BigDecimal("17").compareTo(im(Literals.parseImag("017i"))), "017i is decimal");
        assertEquals(0, new BigDecimal("5").compareTo(im(Literals.parseImag("0b101i"))));
        assertEquals(0, new BigDecimal("4").compareTo(im(Literals.parseImag("0x1p2i"))));
        assertEquals(0, new BigDecimal("1000").compareTo(im(Literals.parseImag("1_000i"))));
    }

    @Test
    void arithmeticIsExact() {
        Constant a = c("1", "2"), b = c("3", "-4");
        Constant sum = Constants.binary(a, Operator.ADD, b, false);
        assertEquals(0, new BigDecimal("4").compareTo(re(sum)));
        assertEquals(0, new BigDecimal("-2").compareTo(im(sum)));
        Constant prod = Constants.binary(a, Operator.MUL, b, false); // (1+2i)(3-4i) = 11+2i
        assertEquals(0, new BigDecimal("11").compareTo(re(prod)));
        assertEquals(0, new BigDecimal("2").compareTo(im(prod)));
        Constant quo = Constants.binary(prod, Operator.DIV, b, false); // back to 1+2i
        assertEquals(0, BigDecimal.ONE.compareTo(re(quo)));
        assertEquals(0, new BigDecimal("2").compareTo(im(quo)));
        // i*i = -1 exactly, with integer parts kept as integers
        Constant i = new Constant.Complex(Constant.of(0), Constant.of(1));
        assertEquals("(-1 + 0i)", Constants.binary(i, Operator.MUL, i, false).toString());
        // a real operand mixes with a complex one
        assertEquals(0, new BigDecimal("3").compareTo(re(Constants.binary(Constant.of(2), Operator.ADD, c("1", "1"), false))));
        assertEquals("(-1 + -2i)", Constants.negate(new Constant.Complex(Constant.of(1), Constant.of(2))).toString());
    }

    @Test
    void comparison() {
        assertTrue(Constants.compare(c("1", "2"), Operator.EQL, c("1.0", "2")));
        assertTrue(Constants.compare(c("1", "2"), Operator.NEQ, c("1", "-2")));
        assertTrue(Constants.compare(c("3", "0"), Operator.EQL, Constant.of(3)));
        assertTrue(Constants.isZero(c("0", "0")));
        assertFalse(Constants.isZero(c("0", "1e-1000")));
    }

    @Test
    void conversions() {
        // to complex types: each part rounded to the part's float type
        Constant v = Constants.convert(c("0.1", "1e30"), Universe.COMPLEX64);
        assertEquals(0, new BigDecimal((float) 0.1).compareTo(re(v)));
        assertEquals(0, new BigDecimal(1e30f).compareTo(im(v)));
        assertNull(Constants.convert(c("1e39", "0"), Universe.COMPLEX64), "float32 overflow of a part");
        assertNull(Constants.convert(c("0", "1e400"), Universe.COMPLEX128));
        // to real types: only with a zero imaginary part
        assertEquals(Constant.of(10), Constants.convert(new Constant.Complex(Constant.of(10), Constant.of(0)), Universe.INT));
        assertNull(Constants.convert(c("1", "1"), Universe.FLOAT64));
        assertNull(Constants.convert(c("1.5", "0"), Universe.INT));
        assertTrue(Constants.convert(Constant.of(1), Universe.UNTYPED_COMPLEX) instanceof Constant.Complex);
    }

    @Test
    void divisorUnderflow() {
        // go.dev/issue/20227: the divisor's squared magnitude underflows go/constant's floats
        assertTrue(Constants.squareUnderflows(c("1e-600000000", "0")));
        assertTrue(Constants.squareUnderflows(c("1e-600000000", "1e-600000000")));
        assertFalse(Constants.squareUnderflows(c("1e-300", "0")));
        assertFalse(Constants.squareUnderflows(c("1e-600000000", "1")));
    }

    @Test
    void goConstantFormatting() {
        assertEquals("1e+100", new Constant.Float(new BigDecimal("1e100")).toString());
        assertEquals("1000", new Constant.Float(new BigDecimal("1000.0")).toString());
        assertEquals("1.5", new Constant.Float(new BigDecimal("1.5")).toString());
        assertEquals("1.23457e+06", new Constant.Float(new BigDecimal("1234567")).toString());
        assertEquals("0.333333", new Constant.Float(new BigDecimal("0.33333333333")).toString());
        assertEquals("1.0000001", new Constant.Float(new BigDecimal("1.0000001")).toString(), "a hidden fraction gets more digits");
        assertEquals("1e+400", new Constant.Float(new BigDecimal("1e400")).toString());
        assertEquals("-2.5e-10", new Constant.Float(new BigDecimal("-2.5e-10")).toString());
        assertEquals("(1e+60 + 0i)", c("1e60", "0").toString());
        assertEquals("(0 + 1e+400i)", new Constant.Complex(Constant.of(0), new Constant.Float(new BigDecimal("1e400"))).toString());
    }
}
