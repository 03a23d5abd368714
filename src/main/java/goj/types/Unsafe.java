package goj.types;

import goj.syntax.CallExpr;
import goj.syntax.Expr;
import goj.syntax.Pos;
import goj.syntax.SelectorExpr;
import goj.syntax.Syntax;
import goj.types.TypeAndValue.Mode;

/**
 * Package {@code unsafe}, which the checker provides itself: the type {@code Pointer} and the
 * functions {@code Sizeof}, {@code Alignof}, {@code Offsetof} (constants of type uintptr, amd64
 * layout: {@link Sizes}), {@code Add}, {@code Slice}, {@code SliceData}, {@code String} and
 * {@code StringData}, with gc's diagnostics.
 */
public final class Unsafe {
    private Unsafe() {}

    /** The package; every import of "unsafe" denotes it. */
    public static final Package PKG = new Package("unsafe", "unsafe");
    /** {@code unsafe.Pointer}. */
    public static final Basic POINTER = new Basic(Basic.Kind.UNSAFE_POINTER, "unsafe.Pointer");

    static {
        PKG.scope().insert(new TypeName(Pos.NONE, PKG, "Pointer", POINTER));
        String[] names = {"Add", "Alignof", "Offsetof", "Sizeof", "Slice", "SliceData", "String", "StringData"};
        Builtin.Id[] ids = {Builtin.Id.ADD, Builtin.Id.ALIGNOF, Builtin.Id.OFFSETOF, Builtin.Id.SIZEOF,
                Builtin.Id.SLICE, Builtin.Id.SLICEDATA, Builtin.Id.STRING, Builtin.Id.STRINGDATA};
        for (int i = 0; i < ids.length; i++) PKG.scope().insert(new Builtin(ids[i], PKG, names[i]));
    }

    /** Checks a call of one of unsafe's functions; {@code x} becomes its result. */
    static void call(Checker check, Expressions exprs, Operand x, CallExpr c, Builtin b) {
        int want = switch (b.id) {
            case ADD, SLICE, STRING -> 2;
            default -> 1;
        };
        String callName = "unsafe." + b.name();
        if (c.args.size() != want) {
            String msg = (c.args.size() < want ? "not enough" : "too many") + " arguments for " + c
                    + " (expected " + want + ", found " + c.args.size() + ")";
            check.error(c.args.size() < want ? c.pos() : c.args.get(want).pos(), msg);
            for (Expr a : c.args) exprs.rawExpr(a);
            x.invalidate();
            return;
        }
        switch (b.id) {
            case SIZEOF, ALIGNOF -> {
                Operand y = exprs.expr(c.args.get(0));
                if (y.invalid()) { x.invalidate(); return; }
                if (y.isUntyped()) exprs.convertUntyped(y, Universe.defaultType(y.type));
                if (y.invalid()) { x.invalidate(); return; }
                long v = b.id == Builtin.Id.SIZEOF ? Sizes.sizeof(y.type) : Sizes.alignof(y.type);
                if (v < 0) {
                    check.error(Syntax.startPos(y.expr), exprs.describe(y) + " is too large");
                    x.invalidate();
                    return;
                }
                constant(x, v);
            }
            case OFFSETOF -> offsetof(check, exprs, x, c.args.get(0));
            case ADD -> {
                Operand p = exprs.expr(c.args.get(0));
                Operand n = exprs.expr(c.args.get(1));
                if (p.invalid() || n.invalid()) { x.invalidate(); return; }
                exprs.assignment(p, POINTER, "argument to " + callName);
                if (!integer(check, exprs, n, callName)) { x.invalidate(); return; }
                x.mode = Mode.VALUE;
                x.type = POINTER;
            }
            case SLICE, STRING -> {
                Operand p = exprs.expr(c.args.get(0));
                Operand n = exprs.expr(c.args.get(1));
                if (p.invalid() || n.invalid()) { x.invalidate(); return; }
                boolean slice = b.id == Builtin.Id.SLICE;
                Type elem = null;
                if (slice && p.type.underlying() instanceof Pointer pt) elem = pt.elem();
                else if (!slice && p.type.underlying() instanceof Pointer pt && pt.elem().underlying() == Universe.UINT8) elem = pt.elem();
                if (elem == null) {
                    check.error(p.expr.pos(), "invalid argument: " + exprs.describe(p) + " is not a pointer"
                            + (slice ? "" : " to byte"));
                    x.invalidate();
                    return;
                }
                if (!integer(check, exprs, n, callName)) { x.invalidate(); return; }
                x.mode = Mode.VALUE;
                x.type = slice ? new Slice(elem) : Universe.STRING;
            }
            case SLICEDATA -> {
                Operand s = exprs.expr(c.args.get(0));
                if (s.invalid()) { x.invalidate(); return; }
                if (!(s.type.underlying() instanceof Slice sl)) {
                    check.error(s.expr.pos(), "invalid argument: " + exprs.describe(s) + " is not a slice");
                    x.invalidate();
                    return;
                }
                x.mode = Mode.VALUE;
                x.type = new Pointer(sl.elem());
            }
            case STRINGDATA -> {
                Operand s = exprs.expr(c.args.get(0));
                if (s.invalid()) { x.invalidate(); return; }
                exprs.assignment(s, Universe.STRING, "argument to " + callName);
                if (s.invalid()) { x.invalidate(); return; }
                x.mode = Mode.VALUE;
                x.type = new Pointer(Universe.UINT8);
            }
            default -> throw new IllegalStateException("not an unsafe function: " + b.id);
        }
    }

    private static void constant(Operand x, long v) {
        x.mode = Mode.CONSTANT;
        x.type = Universe.UINTPTR;
        x.value = Constant.of(v);
    }

    /** Whether {@code n} is (or converts to) an integer; reports gc's error otherwise. */
    private static boolean integer(Checker check, Expressions exprs, Operand n, String callName) {
        if (n.isUntyped() && n.mode == Mode.CONSTANT) exprs.convertUntyped(n, Universe.INT);
        if (n.invalid()) return false;
        if (!(n.type.underlying() instanceof Basic b && b.isInteger())) {
            check.error(n.expr.pos(), "cannot use " + exprs.describe(n) + " as int value in argument to " + callName);
            return false;
        }
        return true;
    }

    /** {@code unsafe.Offsetof(x.f)}: the offset of field f within x's struct, through embedded fields but no pointers. */
    private static void offsetof(Checker check, Expressions exprs, Operand x, Expr arg) {
        Expr e = Syntax.unparen(arg);
        Pos at = Syntax.startPos(arg);
        if (!(e instanceof SelectorExpr sel)) {
            check.error(at, "invalid argument: " + arg + " is not a selector expression");
            exprs.rawExpr(arg);
            x.invalidate();
            return;
        }
        Operand y = exprs.rawExpr(e);
        if (y.invalid()) { x.invalidate(); return; }
        Selection s = check.info.selections.get(sel);
        if (s == null || s.kind() != Selection.Kind.FIELD) {
            check.error(at, "invalid argument: " + arg + " is a method value");
            x.invalidate();
            return;
        }
        TypeAndValue btv = check.info.types.get(sel.x);
        Type t = btv == null ? Universe.INVALID : btv.type();
        Type base = t.underlying() instanceof Pointer p ? p.elem() : t;
        long off = 0;
        for (int i = 0; i < s.path().size(); i++) {
            if (t.underlying() instanceof Pointer p) {
                if (i > 0) {
                    check.error(at, "invalid argument: field " + sel.sel.value + " is embedded via a pointer in " + base);
                    x.invalidate();
                    return;
                }
                t = p.elem();
            }
            if (!(t.underlying() instanceof Struct st)) { x.invalidate(); return; }
            int idx = s.path().get(i);
            long o = Sizes.offsetsof(st)[idx];
            off = o < 0 || off + o < 0 ? -1 : off + o;
            t = st.fields().get(idx).type();
        }
        if (off < 0) {
            Operand b = new Operand();
            b.expr = sel.x;
            b.mode = btv.mode();
            b.type = btv.type();
            check.error(at, exprs.describe(b) + " is too large");
            x.invalidate();
            return;
        }
        constant(x, off);
    }
}
