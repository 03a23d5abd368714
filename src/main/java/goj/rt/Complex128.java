package goj.rt;

/**
 * A {@code complex128} value, immutable; it is also its own interface box. {@link #equals} is Go's
 * {@code ==} (a NaN part is unequal to everything, -0 equals +0), so {@link #hashCode} ignores
 * the sign of zero parts. The zero value is {@link #ZERO}, never null.
 */
public record Complex128(double re, double im) implements GoValue {
    public static final Complex128 ZERO = new Complex128(0, 0);

    @Override public String goType() { return "complex128"; }

    public static Complex128 add(Complex128 a, Complex128 b) { return new Complex128(a.re + b.re, a.im + b.im); }

    public static Complex128 sub(Complex128 a, Complex128 b) { return new Complex128(a.re - b.re, a.im - b.im); }

    public static Complex128 mul(Complex128 a, Complex128 b) {
        return new Complex128(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
    }

    /**
     * gc's complex division (runtime.complex128div): Smith's algorithm, then C99's corrections to
     * infinities and zeros when both parts came out NaN.
     */
    public static Complex128 div(Complex128 n, Complex128 m) {
        double e, f;
        if (Math.abs(m.re) >= Math.abs(m.im)) {
            double ratio = m.im / m.re, denom = m.re + ratio * m.im;
            e = (n.re + n.im * ratio) / denom;
            f = (n.im - n.re * ratio) / denom;
        } else {
            double ratio = m.re / m.im, denom = m.im + ratio * m.re;
            e = (n.re * ratio + n.im) / denom;
            f = (n.im * ratio - n.re) / denom;
        }
        if (Double.isNaN(e) && Double.isNaN(f)) {
            double a = n.re, b = n.im, c = m.re, d = m.im;
            if (c == 0 && d == 0 && (!Double.isNaN(a) || !Double.isNaN(b))) {
                e = Math.copySign(Double.POSITIVE_INFINITY, c) * a;
                f = Math.copySign(Double.POSITIVE_INFINITY, c) * b;
            } else if ((Double.isInfinite(a) || Double.isInfinite(b)) && Double.isFinite(c) && Double.isFinite(d)) {
                a = inf2one(a);
                b = inf2one(b);
                e = Double.POSITIVE_INFINITY * (a * c + b * d);
                f = Double.POSITIVE_INFINITY * (b * c - a * d);
            } else if ((Double.isInfinite(c) || Double.isInfinite(d)) && Double.isFinite(a) && Double.isFinite(b)) {
                c = inf2one(c);
                d = inf2one(d);
                e = 0 * (a * c + b * d);
                f = 0 * (b * c - a * d);
            }
        }
        return new Complex128(e, f);
    }

    /** A signed 1 for an infinity, a signed 0 otherwise (the sign of {@code v}). */
    private static double inf2one(double v) { return Math.copySign(Double.isInfinite(v) ? 1 : 0, v); }

    public static Complex128 neg(Complex128 a) { return new Complex128(-a.re, -a.im); }

    public static boolean eq(Complex128 a, Complex128 b) { return a.re == b.re && a.im == b.im; }

    /** {@code complex128(c)} of a complex64. */
    public static Complex128 of(Complex64 c) { return new Complex128(c.re(), c.im()); }

    /** Whether a part is NaN (then the value equals nothing, not even itself). */
    public boolean isNaN() { return Double.isNaN(re) || Double.isNaN(im); }

    @Override public boolean equals(Object o) { return o instanceof Complex128 c && eq(this, c); }

    @Override public int hashCode() { return Double.hashCode(re == 0 ? 0 : re) * 31 + Double.hashCode(im == 0 ? 0 : im); }
}
