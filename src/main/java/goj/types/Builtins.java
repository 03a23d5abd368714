package goj.types;

import goj.syntax.CallExpr;
import goj.syntax.Expr;
import goj.types.TypeAndValue.Mode;

/** Checking of calls to the builtin functions. */
final class Builtins {
    private Builtins() {}

    static void call(Checker check, Expressions exprs, Operand x, CallExpr c, Builtin b) {
        switch (b.id) {
            case PRINT, PRINTLN -> {
                for (Expr a : c.args) {
                    Operand y = exprs.expr(a);
                    if (y.invalid()) continue;
                    if (y.type == Universe.UNTYPED_NIL) {
                        check.error(a.pos(), "use of untyped nil in argument to built-in " + b.name());
                        continue;
                    }
                    if (y.isUntyped()) exprs.convertUntyped(y, Universe.defaultType(y.type));
                }
                x.mode = Mode.NOVALUE;
                x.type = Tuple.EMPTY;
            }
            case PANIC -> {
                if (c.args.size() != 1) {
                    check.error(c.pos(), (c.args.isEmpty() ? "not enough" : "too many") + " arguments for panic");
                    x.invalidate();
                    return;
                }
                Operand y = exprs.expr(c.args.get(0));
                if (!y.invalid() && y.isUntyped() && y.type != Universe.UNTYPED_NIL) exprs.convertUntyped(y, Universe.defaultType(y.type));
                x.mode = Mode.NOVALUE;
                x.type = Tuple.EMPTY;
            }
            case LEN -> {
                if (c.args.size() != 1) {
                    check.error(c.pos(), (c.args.isEmpty() ? "not enough" : "too many") + " arguments for len");
                    x.invalidate();
                    return;
                }
                Operand y = exprs.expr(c.args.get(0));
                if (y.invalid()) { x.invalidate(); return; }
                if (!(y.type.underlying() instanceof Basic bt && bt.isString())) {
                    check.error(y.expr.pos(), "invalid argument: " + exprs.describe(y) + " for built-in len");
                    x.invalidate();
                    return;
                }
                x.type = Universe.INT;
                if (y.mode == Mode.CONSTANT) {
                    x.mode = Mode.CONSTANT;
                    x.value = Constant.of(((Constant.Str) y.value).bytes().length);
                } else {
                    x.mode = Mode.VALUE;
                }
            }
            default -> {
                check.unsupported(c, "builtin " + b.name());
                x.invalidate();
            }
        }
    }
}
