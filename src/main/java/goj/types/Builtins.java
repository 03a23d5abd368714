package goj.types;

import goj.syntax.CallExpr;
import goj.syntax.Expr;
import goj.types.TypeAndValue.Mode;
import java.util.List;

/** Checking of calls to the builtin functions. */
final class Builtins {
    private Builtins() {}

    /** Reports (as types2 does) a call with fewer than {@code min} or more than {@code max} arguments. */
    static boolean argCount(Checker check, CallExpr c, Builtin b, int min, int max) {
        return argCount(check, c, b, min, max, c.args.size());
    }

    /** The same for {@code n} arguments (a multi-value call's results count one each). */
    static boolean argCount(Checker check, CallExpr c, Builtin b, int min, int max, int n) {
        if (n < min || n > max) {
            check.error(goj.syntax.Syntax.startPos(c), "invalid operation: " + (n < min ? "not enough" : "too many") + " arguments for " + c
                    + " (expected " + (n < min ? min : max) + ", found " + n + ")");
            return false;
        }
        return true;
    }

    /** types2's sliceElem error for operand {@code x}, which is not a slice. */
    private static String notASlice(Expressions exprs, Operand x) {
        return "argument must be a slice; have " + (x.type == Universe.UNTYPED_NIL ? "untyped nil" : exprs.describe(x));
    }

    /** An unnamed parameter of type {@code t} of a builtin's signature. */
    private static Var param(Type t) { return new Var(goj.syntax.Pos.NONE, null, "", t, false); }

    static void call(Checker check, Expressions exprs, Operand x, CallExpr c, Builtin b) {
        if (c.hasDots && b.id != Builtin.Id.APPEND) { // append is the only builtin that takes ...
            check.error(goj.syntax.Syntax.startPos(c), "invalid operation: invalid use of ... with built-in " + b.name());
            for (Expr a : c.args) exprs.rawExpr(a);
            x.invalidate();
            return;
        }
        if (b.id.isUnsafe()) {
            Unsafe.call(check, exprs, x, c, b);
            return;
        }
        switch (b.id) {
            case PRINT, PRINTLN -> {
                for (int i = 0; i < c.args.size(); i++) {
                    Expr a = c.args.get(i);
                    Operand y = exprs.rawExpr(a);
                    // println(f()) with a multi-value f prints all its results
                    if (c.args.size() == 1 && !y.invalid() && y.mode == Mode.VALUE && y.type instanceof Tuple) break;
                    exprs.singleValueOf(y);
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
                if (!y.invalid()) exprs.assignment(y, Universe.EMPTY_INTERFACE, "argument to panic");
                x.mode = Mode.NOVALUE;
                x.type = Tuple.EMPTY;
            }
            case LEN, CAP -> {
                if (!argCount(check, c, b, 1, 1)) { x.invalidate(); return; }
                Operand y = exprs.expr(c.args.get(0));
                if (y.invalid()) { x.invalidate(); return; }
                Type u = y.type.underlying();
                if (u instanceof Pointer p && p.elem().underlying() instanceof Array a) u = a; // len(p) of *[N]T is N
                boolean ok = switch (u) {
                    case Basic bt -> bt.isString() && b.id == Builtin.Id.LEN;
                    case Slice sl -> true;
                    case Array a -> true;
                    case Chan ch -> true;
                    case MapType m -> b.id == Builtin.Id.LEN;
                    default -> false;
                };
                if (!ok) {
                    check.error(y.expr.pos(), "invalid argument: " + exprs.describe(y) + " for built-in " + b.name());
                    x.invalidate();
                    return;
                }
                x.type = Universe.INT;
                x.mode = Mode.VALUE;
                if (y.mode == Mode.CONSTANT) {
                    x.mode = Mode.CONSTANT;
                    x.value = Constant.of(((Constant.Str) y.value).bytes().length);
                } else if (u instanceof Array a && !check.info.hasCallOrRecv(c.args.get(0))) {
                    x.mode = Mode.CONSTANT;
                    x.value = Constant.of(a.len());
                }
            }
            case APPEND -> {
                // append(s S, x ...E) S: checked as a call of that signature, but for append([]byte, string...)
                if (!argCount(check, c, b, 1, Integer.MAX_VALUE)) { x.invalidate(); return; }
                List<Operand> args = exprs.callArgs(c); // append(f()) spreads f's results
                Operand s0 = args.getFirst();
                if (s0.invalid()) { x.invalidate(); return; }
                if (args.size() == 2 && c.hasDots && Types.assignable(s0.type, new Slice(Universe.UINT8))
                        && !args.get(1).invalid() && args.get(1).type.underlying() instanceof Basic tb && tb.isString()) {
                    if (args.get(1).isUntyped()) exprs.convertUntyped(args.get(1), Universe.STRING);
                    x.mode = Mode.VALUE;
                    x.type = s0.type;
                    return;
                }
                if (!(s0.type.underlying() instanceof Slice sl)) {
                    check.error(goj.syntax.Syntax.startPos(s0.expr), "invalid append: " + notASlice(exprs, s0));
                    x.invalidate();
                    return;
                }
                Signature sig = new Signature(new Tuple(List.of(param(s0.type), param(new Slice(sl.elem())))), new Tuple(List.of(param(s0.type))), true);
                exprs.arguments(c, sig, args);
                x.mode = Mode.VALUE;
                x.type = s0.type;
            }
            case MAKE -> {
                if (!argCount(check, c, b, 1, Integer.MAX_VALUE)) {
                    x.invalidate();
                    return;
                }
                Type t = exprs.typeExpr(c.args.get(0));
                if (t == Universe.INVALID) { x.invalidate(); return; }
                if (t.underlying() instanceof MapType || t.underlying() instanceof Chan) { // make(T) or make(T, size)
                    if (c.args.size() > 2) {
                        check.error(c.pos(), "invalid operation: " + c + " expects 1 or 2 arguments; found " + c.args.size());
                        x.invalidate();
                        return;
                    }
                    if (c.args.size() == 2 && !Indexing.indexValue(check, exprs, c.args.get(1), -1)) { x.invalidate(); return; }
                    x.mode = Mode.VALUE;
                    x.type = t;
                    return;
                }
                if (!(t.underlying() instanceof Slice)) {
                    check.error(goj.syntax.Syntax.startPos(c.args.get(0)), "invalid argument: cannot make " + c.args.get(0) + ": type must be slice, map, or channel");
                    x.invalidate();
                    return;
                }
                if (c.args.size() < 2 || c.args.size() > 3) {
                    check.error(c.pos(), "invalid operation: " + c + " expects 2 or 3 arguments; found " + c.args.size());
                    x.invalidate();
                    return;
                }
                for (int i = 1; i < c.args.size(); i++) {
                    if (!Indexing.indexValue(check, exprs, c.args.get(i), -1)) { x.invalidate(); return; }
                }
                if (c.args.size() == 3) {
                    long len = exprs.constIndex(c.args.get(1)), cap = exprs.constIndex(c.args.get(2));
                    if (len >= 0 && cap >= 0 && len > cap) {
                        check.error(c.args.get(1).pos(), "invalid argument: length and capacity swapped");
                        x.invalidate();
                        return;
                    }
                }
                x.mode = Mode.VALUE;
                x.type = t;
            }
            case NEW -> {
                if (!argCount(check, c, b, 1, 1)) { x.invalidate(); return; }
                Operand a = exprs.rawExpr(c.args.get(0));
                if (a.invalid()) { x.invalidate(); return; }
                Type t = a.type;
                if (a.mode != Mode.TYPEXPR) { // new(expr) (Go 1.26): a new variable holding the value
                    exprs.singleValueOf(a);
                    if (a.invalid()) { x.invalidate(); return; }
                    if (a.type == Universe.UNTYPED_NIL) {
                        check.error(a.expr.pos(), "use of untyped nil in argument to built-in new");
                        x.invalidate();
                        return;
                    }
                    t = Universe.defaultType(a.type);
                    if (a.isUntyped()) exprs.convertUntyped(a, t);
                }
                x.mode = Mode.VALUE;
                x.type = new Pointer(t);
            }
            case DELETE -> {
                if (!argCount(check, c, b, 2, 2)) { x.invalidate(); return; }
                Operand m = exprs.expr(c.args.get(0)), k = exprs.expr(c.args.get(1));
                if (m.invalid() || k.invalid()) { x.invalidate(); return; }
                if (!(m.type.underlying() instanceof MapType mt)) {
                    check.error(m.expr.pos(), "invalid argument: " + exprs.describe(m) + " is not a map");
                    x.invalidate();
                    return;
                }
                exprs.assignment(k, mt.key(), "argument to delete");
                x.mode = Mode.NOVALUE;
                x.type = Tuple.EMPTY;
            }
            case CLOSE -> {
                if (!argCount(check, c, b, 1, 1)) { x.invalidate(); return; }
                Operand ch = exprs.expr(c.args.get(0));
                if (ch.invalid()) { x.invalidate(); return; }
                if (!(ch.type.underlying() instanceof Chan cht)) {
                    check.error(goj.syntax.Syntax.startPos(ch.expr), "invalid operation: cannot close non-channel " + exprs.describe(ch));
                    x.invalidate();
                    return;
                }
                if (!cht.canSend()) {
                    check.error(ch.expr.pos(), "invalid operation: cannot close receive-only channel " + exprs.describe(ch));
                    x.invalidate();
                    return;
                }
                x.mode = Mode.NOVALUE;
                x.type = Tuple.EMPTY;
            }
            case RECOVER -> {
                if (!argCount(check, c, b, 0, 0)) { x.invalidate(); return; }
                x.mode = Mode.VALUE;
                x.type = Universe.EMPTY_INTERFACE;
            }
            case COPY -> {
                if (!argCount(check, c, b, 2, 2)) { x.invalidate(); return; }
                Operand dst = exprs.expr(c.args.get(0)), src = exprs.expr(c.args.get(1));
                if (dst.invalid() || src.invalid()) { x.invalidate(); return; }
                // copy(dst, src []E) int, or copy of a string's bytes to a destination assignable to []byte
                boolean special = Types.assignable(dst.type, new Slice(Universe.UINT8))
                        && (src.type.underlying() instanceof Slice ss && ss.elem() == Universe.UINT8 || src.type.underlying() instanceof Basic sb && sb.isString());
                if (!special) {
                    if (!(dst.type.underlying() instanceof Slice ds)) {
                        check.error(goj.syntax.Syntax.startPos(dst.expr), "invalid copy: " + notASlice(exprs, dst));
                        x.invalidate();
                        return;
                    }
                    Type srcElem;
                    if (src.type.underlying() instanceof Slice ss) srcElem = ss.elem();
                    else if (src.type.underlying() instanceof Basic sb && sb.isString()) srcElem = Universe.UINT8;
                    else {
                        check.error(goj.syntax.Syntax.startPos(src.expr), "invalid copy: " + notASlice(exprs, src));
                        x.invalidate();
                        return;
                    }
                    if (!Types.identical(ds.elem(), srcElem)) {
                        check.error(goj.syntax.Syntax.startPos(dst.expr), "invalid copy: arguments " + exprs.describe(dst) + " and " + exprs.describe(src)
                                + " have different element types " + ds.elem() + " and " + srcElem);
                        x.invalidate();
                        return;
                    }
                }
                if (src.isUntyped()) exprs.convertUntyped(src, Universe.STRING);
                x.mode = Mode.VALUE;
                x.type = Universe.INT;
            }
            case COMPLEX, REAL, IMAG, MIN, MAX, CLEAR -> NumericBuiltins.call(check, exprs, x, c, b);
        }
    }
}
