package goj.rt;

/**
 * A {@code complex64} value, immutable; it is also its own interface box. Addition and
 * subtraction round in float32; multiplication and division compute in float64 and round each
 * part back to float32, as gc does. Equality as {@link Complex128}'s.
 */
public record Complex64(float re, float im) implements GoValue {
    public static final Complex64 ZERO = new Complex64(0, 0);

    @Override public String goType() { return "complex64"; }

    public static Complex64 add(Complex64 a, Complex64 b) { return new Complex64(a.re + b.re, a.im + b.im); }

    public static Complex64 sub(Complex64 a, Complex64 b) { return new Complex64(a.re - b.re, a.im - b.im); }

    public static Complex64 mul(Complex64 a, Complex64 b) {
        double ar = a.re, ai = a.im, br = b.re, bi = b.im;
        return new Complex64((float) (ar * br - ai * bi), (float) (ar * bi + ai * br));
    }

    public static Complex64 div(Complex64 a, Complex64 b) { return of(Complex128.div(Complex128.of(a), Complex128.of(b))); }

    public static Complex64 neg(Complex64 a) { return new Complex64(-a.re, -a.im); }

    public static boolean eq(Complex64 a, Complex64 b) { return a.re == b.re && a.im == b.im; }

    /** {@code complex64(c)} of a complex128: each part rounded to float32. */
    public static Complex64 of(Complex128 c) { return new Complex64((float) c.re(), (float) c.im()); }

    /** Whether a part is NaN (then the value equals nothing, not even itself). */
    public boolean isNaN() { return Float.isNaN(re) || Float.isNaN(im); }

    @Override public boolean equals(Object o) { return o instanceof Complex64 c && eq(this, c); }

    @Override public int hashCode() { return Float.hashCode(re == 0 ? 0 : re) * 31 + Float.hashCode(im == 0 ? 0 : im); }
}
