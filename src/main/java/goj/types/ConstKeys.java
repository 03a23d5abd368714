package goj.types;

import java.math.BigDecimal;

/**
 * Keys under which constant case values and map literal keys are compared for duplicates, as
 * types2 does: equal keys denote the same value (an integral float or a complex with zero
 * imaginary part is keyed as the integer or float it equals). Callers also compare the types.
 */
final class ConstKeys {
    private ConstKeys() {}

    /** The key of a map literal's constant key (types2's keyVal). */
    static Object mapKey(Constant c) {
        return switch (c) {
            case Constant.Complex(Constant re, Constant im) -> isZero(im) ? mapKey(re) : c.toString();
            case Constant.Float f -> {
                BigDecimal v = f.value().stripTrailingZeros();
                yield v.scale() <= 0 ? v.toBigIntegerExact() : (Object) v.doubleValue();
            }
            case Constant.Int i -> i.value();
            case Constant.Str s -> s;
            case Constant.Bool b -> b.value();
        };
    }

    /** The key of a constant case value, or null for values types2 does not compare (booleans, complex numbers). */
    static Object caseKey(Constant c) {
        return c instanceof Constant.Bool || c instanceof Constant.Complex ? null : mapKey(c);
    }

    private static boolean isZero(Constant c) {
        return c instanceof Constant.Int i ? i.value().signum() == 0 : ((Constant.Float) c).value().signum() == 0;
    }
}
