package goj.types;

import goj.syntax.CallExpr;
import goj.syntax.Operator;
import goj.syntax.Syntax;
import goj.types.TypeAndValue.Mode;
import java.util.List;

/**
 * Checking of the builtins {@code complex}, {@code real}, {@code imag}, {@code min}, {@code max}
 * and {@code clear}, with types2's rules and messages. Their arguments are all checked first (as
 * types2's exprList does), then counted. A call whose arguments are all constant is constant
 * (except for {@code clear}).
 */
final class NumericBuiltins {
    private NumericBuiltins() {}

    static void call(Checker check, Expressions exprs, Operand x, CallExpr c, Builtin b) {
        List<Operand> args = exprs.callArgs(c); // f(g()) spreads g's results
        for (Operand a : args) if (a.invalid()) { x.invalidate(); return; }
        int n = b.id == Builtin.Id.COMPLEX ? 2 : 1;
        boolean variadic = b.id == Builtin.Id.MIN || b.id == Builtin.Id.MAX;
        if (!Builtins.argCount(check, c, b, n, variadic ? Integer.MAX_VALUE : n, args.size())) { x.invalidate(); return; }
        switch (b.id) {
            case COMPLEX -> complex(check, exprs, x, c, args.get(0), args.get(1));
            case REAL, IMAG -> realImag(check, exprs, x, b, args.get(0));
            case MIN, MAX -> minMax(check, exprs, x, b, args);
            case CLEAR -> clear(check, exprs, x, args.get(0));
            default -> throw new IllegalArgumentException(b.name());
        }
    }

    /** {@code complex(re, im)}: two floats of identical type (untyped constants become untyped floats). */
    private static void complex(Checker check, Expressions exprs, Operand x, CallExpr c, Operand re, Operand im) {
        if (re.isUntyped() && !im.isUntyped()) exprs.implicitConversion(re, im.type);
        else if (!re.isUntyped() && im.isUntyped()) exprs.implicitConversion(im, re.type);
        else if (re.isUntyped()) {
            if (re.mode == Mode.CONSTANT && im.mode == Mode.CONSTANT) {
                for (Operand o : List.of(re, im)) {
                    if (((Basic) o.type).isNumeric() && Constants.isZero(Constants.imag(o.value))) o.type = Universe.UNTYPED_FLOAT;
                }
            } else {
                exprs.implicitConversion(re, Universe.FLOAT64);
                exprs.implicitConversion(im, Universe.FLOAT64);
            }
        }
        if (re.invalid() || im.invalid()) { x.invalidate(); return; }
        if (!Types.identical(re.type, im.type)) {
            check.error(Syntax.startPos(re.expr), "invalid operation: " + c + " (mismatched types " + re.type + " and " + im.type + ")");
            x.invalidate();
            return;
        }
        Basic result = re.type.underlying() instanceof Basic bt ? switch (bt.kind()) {
            case FLOAT32 -> Universe.COMPLEX64;
            case FLOAT64 -> Universe.COMPLEX128;
            case UNTYPED_FLOAT -> Universe.UNTYPED_COMPLEX;
            default -> null;
        } : null;
        if (result == null) {
            check.error(Syntax.startPos(re.expr), "invalid argument: arguments have type " + re.type + ", expected floating-point");
            x.invalidate();
            return;
        }
        if (re.mode == Mode.CONSTANT && im.mode == Mode.CONSTANT) {
            x.mode = Mode.CONSTANT;
            x.value = new Constant.Complex(Constants.toFloat(Constants.real(re.value)), Constants.toFloat(Constants.real(im.value)));
        } else {
            x.mode = Mode.VALUE;
        }
        x.type = result;
    }

    /** {@code real(z)}, {@code imag(z)}: the float part of a complex value (an untyped constant number is complex). */
    private static void realImag(Checker check, Expressions exprs, Operand x, Builtin b, Operand z) {
        if (z.isUntyped()) {
            if (z.mode == Mode.CONSTANT) {
                if (((Basic) z.type).isNumeric()) z.type = Universe.UNTYPED_COMPLEX;
            } else {
                exprs.implicitConversion(z, Universe.COMPLEX128);
                if (z.invalid()) { x.invalidate(); return; }
            }
        }
        Basic result = z.type.underlying() instanceof Basic bt ? switch (bt.kind()) {
            case COMPLEX64 -> Universe.FLOAT32;
            case COMPLEX128 -> Universe.FLOAT64;
            case UNTYPED_COMPLEX -> Universe.UNTYPED_FLOAT;
            default -> null;
        } : null;
        if (result == null) {
            check.error(Syntax.startPos(z.expr), "invalid argument: argument has type " + z.type + ", expected complex type");
            x.invalidate();
            return;
        }
        if (z.mode == Mode.CONSTANT) {
            x.mode = Mode.CONSTANT;
            x.value = Constants.toFloat(b.id == Builtin.Id.REAL ? Constants.real(z.value) : Constants.imag(z.value));
        } else {
            x.mode = Mode.VALUE;
        }
        x.type = result;
    }

    /**
     * {@code min(x, ...)}, {@code max(x, ...)}: ordered operands of one type after the untyped ones
     * are converted pairwise (as a binary operation's are); constant when all are constant.
     */
    private static void minMax(Checker check, Expressions exprs, Operand x, Builtin b, List<Operand> args) {
        Operator op = b.id == Builtin.Id.MAX ? Operator.GTR : Operator.LSS;
        Operand acc = null;
        for (Operand a : args) {
            if (!(a.type.underlying() instanceof Basic ab && ab.isOrdered())) {
                check.error(Syntax.startPos(a.expr), "invalid argument: " + exprs.describe(a) + " cannot be ordered");
                x.invalidate();
                return;
            }
            if (acc == null) {
                acc = a;
                continue;
            }
            boolean sameKind = ((Basic) acc.type.underlying()).isString() == ab.isString(); // a string never converts to a number
            if (sameKind) {
                if (acc.isUntyped() && a.isUntyped()) exprs.matchTypes(acc, a);
                else if (acc.isUntyped()) exprs.implicitConversion(acc, a.type);
                else if (a.isUntyped()) exprs.implicitConversion(a, acc.type);
            }
            if (acc.invalid() || a.invalid()) { x.invalidate(); return; }
            if (!Types.identical(acc.type, a.type)) {
                check.error(Syntax.startPos(a.expr), "invalid argument: mismatched types " + acc.type + " (previous argument) and " + a.type + " (type of " + a.expr + ")");
                x.invalidate();
                return;
            }
            if (acc.mode == Mode.CONSTANT && a.mode == Mode.CONSTANT) {
                if (Constants.compare(a.value, op, acc.value)) acc = a;
            } else {
                acc.mode = Mode.VALUE;
                acc.value = null;
            }
        }
        x.mode = acc.mode == Mode.CONSTANT ? Mode.CONSTANT : Mode.VALUE;
        x.type = acc.type;
        x.value = acc.value;
        if (x.mode == Mode.VALUE && x.isUntyped()) {
            Operand d = new Operand();
            d.expr = x.expr;
            d.mode = Mode.VALUE;
            d.type = x.type;
            exprs.implicitConversion(d, Universe.defaultType(x.type));
            x.type = d.type;
        }
    }

    /** {@code clear(m)}: a map or a slice. */
    private static void clear(Checker check, Expressions exprs, Operand x, Operand m) {
        if (!(m.type.underlying() instanceof MapType || m.type.underlying() instanceof Slice)) {
            check.error(Syntax.startPos(m.expr), "invalid argument: cannot clear " + exprs.describe(m) + ": argument must be (or constrained by) map or slice");
            x.invalidate();
            return;
        }
        x.mode = Mode.NOVALUE;
        x.type = Tuple.EMPTY;
    }
}
