package goj.types;

import goj.syntax.CompositeLit;
import goj.syntax.Expr;
import goj.syntax.IndexExpr;
import goj.syntax.KeyValueExpr;
import goj.syntax.SliceExpr;
import goj.types.TypeAndValue.Mode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Checking of index and slice expressions and of composite literals (slices and arrays so far). */
final class Indexing {
    private Indexing() {}

    static void index(Checker check, Expressions exprs, Operand x, IndexExpr ix) {
        Operand base = exprs.genericOperand(ix.x);
        if (!base.invalid() && base.mode == Mode.TYPEXPR && base.genericAlias != null) {
            Type inst = check.generics.instantiateAlias(base.genericAlias, ix.index, ix.x.pos());
            x.mode = Mode.TYPEXPR;
            x.type = inst == null ? Universe.INVALID : inst;
            if (inst == null) x.invalidate();
            return;
        }
        if (!base.invalid() && base.mode == Mode.TYPEXPR && base.type instanceof Named g && g.isGeneric()) {
            Named inst = check.generics.instantiateType(g, ix.index, ix.x.pos());
            x.mode = Mode.TYPEXPR;
            x.type = inst == null ? Universe.INVALID : inst;
            if (inst == null) x.invalidate();
            return;
        }
        if (!base.invalid() && base.func != null && base.func.needsInstantiation()) {
            instantiateFunc(check, x, base, ix);
            return;
        }
        boolean mapElem = base.mode == Mode.MAPINDEX; // m[k] is assignable, but not addressable
        exprs.singleValueOf(base);
        if (base.invalid()) { exprs.expr(ix.index); x.invalidate(); return; }
        if (mapElem) base.mode = Mode.VALUE;
        Type u = base.type.underlying();
        if (u instanceof Pointer p && p.elem().underlying() instanceof Array) { // p[i] for a pointer to an array
            u = p.elem().underlying();
            base.mode = Mode.VARIABLE;
        }
        long length = -1;
        switch (u) {
            case Basic b when b.isString() -> {
                x.mode = Mode.VALUE;
                x.type = Universe.UINT8;
                if (base.mode == Mode.CONSTANT) length = ((Constant.Str) base.value).bytes().length;
            }
            case Slice s -> { x.mode = Mode.VARIABLE; x.type = s.elem(); }
            case MapType m -> {
                Operand k = exprs.expr(ix.index);
                if (!k.invalid()) exprs.assignment(k, m.key(), "map index");
                x.mode = Mode.MAPINDEX;
                x.type = m.elem();
                return;
            }
            case Array a -> {
                x.mode = base.mode == Mode.VARIABLE ? Mode.VARIABLE : Mode.VALUE;
                x.type = a.elem();
                length = a.len();
            }
            default -> {
                check.error(ix.pos(), "invalid operation: cannot index " + exprs.describe(base));
                exprs.expr(ix.index);
                x.invalidate();
                return;
            }
        }
        if (!indexValue(check, exprs, ix.index, length)) { x.invalidate(); return; }
        if (u instanceof Basic && base.mode == Mode.CONSTANT && exprs.constIndex(ix.index) >= 0) {
            x.mode = Mode.CONSTANT;
            x.value = Constant.of(((Constant.Str) base.value).bytes()[(int) exprs.constIndex(ix.index)] & 0xFF);
            x.mode = Mode.VALUE; // gc: indexing a constant string is not a constant
            x.value = null;
        }
    }

    /** {@code f[A, B]}: a generic function with explicit type arguments (all of them, or the first ones). */
    private static void instantiateFunc(Checker check, Operand x, Operand base, IndexExpr ix) {
        Func g = base.func;
        List<Type> targs = check.generics.typeArgs(ix.index);
        if (targs.contains(Universe.INVALID)) { x.invalidate(); return; }
        int want = g.tparams.size();
        if (targs.size() > want) {
            List<Expr> es = ix.index instanceof goj.syntax.ListExpr l ? l.elems : List.of(ix.index);
            check.error(es.get(want).pos(), "got " + targs.size() + " type arguments but want " + want);
            x.invalidate();
            return;
        }
        x.mode = Mode.VALUE;
        if (targs.size() < want) { // the rest are inferred from the call's arguments
            x.type = base.type;
            x.func = g;
            x.targs = targs;
            return;
        }
        Subst s = new Subst(g.tparams, targs);
        for (int i = 0; i < want; i++) {
            String why = check.generics.unsatisfied(targs.get(i), g.tparams.get(i), s);
            if (why != null) {
                List<Expr> es = ix.index instanceof goj.syntax.ListExpr l ? l.elems : List.of(ix.index);
                check.error(es.get(i).pos(), why);
                x.invalidate();
                return;
            }
        }
        Func inst = check.generics.instantiateFunc(g, targs);
        x.type = inst.type();
        x.func = inst;
        check.exprs.useInstance(ix.x, inst);
    }

    /** Checks an index: an integer (untyped constants become int), non-negative and below {@code length} if known. */
    static boolean indexValue(Checker check, Expressions exprs, Expr e, long length) {
        return index(check, exprs, e, length) != INVALID_INDEX;
    }

    /** {@link #index}'s result for an invalid index (a valid non-constant one gives -1). */
    static final long INVALID_INDEX = -2;

    /**
     * types2's index: checks index {@code e} (below {@code length} if that is not negative) and
     * gives its constant value, -1 if it is valid but not constant, {@link #INVALID_INDEX} after
     * reporting why it is not valid.
     */
    static long index(Checker check, Expressions exprs, Expr e, long length) {
        Operand i = exprs.expr(e);
        if (!validIndex(check, exprs, i, "index")) return INVALID_INDEX;
        if (i.mode != Mode.CONSTANT) return -1;
        BigInteger v = ((Constant.Int) i.value).value();
        if (length >= 0 && v.compareTo(BigInteger.valueOf(length)) >= 0) {
            check.error(goj.syntax.Syntax.startPos(e), "invalid argument: index " + i.value + " out of bounds [0:" + length + "]");
            return INVALID_INDEX;
        }
        return v.longValue();
    }

    /**
     * types2's isValidIndex: an untyped constant becomes an int; {@code what} ("index", "length",
     * …) must be of integer type and, if constant, non-negative and representable as an int.
     */
    static boolean validIndex(Checker check, Expressions exprs, Operand i, String what) {
        if (i.invalid()) return false;
        if (i.isUntyped()) exprs.implicitConversion(i, Universe.INT);
        if (i.invalid()) return false;
        if (!(i.type.underlying() instanceof Basic b && b.isInteger())) {
            check.error(goj.syntax.Syntax.startPos(i.expr), "invalid argument: " + what + " " + exprs.describe(i) + " must be integer");
            return false;
        }
        if (i.mode == Mode.CONSTANT) {
            BigInteger v = ((Constant.Int) i.value).value();
            if (v.signum() < 0) {
                check.error(goj.syntax.Syntax.startPos(i.expr), "invalid argument: " + what + " " + exprs.describe(i) + " must not be negative");
                return false;
            }
            if (Constants.convert(i.value, Universe.INT) == null) {
                check.error(goj.syntax.Syntax.startPos(i.expr), "invalid argument: " + what + " " + exprs.describe(i) + " overflows int");
                return false;
            }
        }
        return true;
    }

    static void slice(Checker check, Expressions exprs, Operand x, SliceExpr sx) {
        Operand base = exprs.expr(sx.x);
        if (base.invalid()) { x.invalidate(); return; }
        long length = -1;
        Type su = base.type.underlying();
        if (su instanceof Pointer p && p.elem().underlying() instanceof Array) { // p[lo:hi] for a pointer to an array
            su = p.elem().underlying();
            base.mode = Mode.VARIABLE;
        }
        switch (su) {
            case Basic b when b.isString() -> {
                if (sx.full) {
                    check.error(sx.pos(), "invalid operation: 3-index slice of string");
                    x.invalidate();
                    return;
                }
                x.type = b.isUntyped() ? Universe.STRING : base.type;
                if (base.mode == Mode.CONSTANT) length = ((Constant.Str) base.value).bytes().length;
            }
            case Slice s -> x.type = base.type;
            case Array a -> {
                if (base.mode != Mode.VARIABLE) {
                    check.error(goj.syntax.Syntax.startPos(sx), "cannot slice unaddressable value " + exprs.describe(base));
                    x.invalidate();
                    return;
                }
                x.type = new Slice(a.elem());
                length = a.len();
            }
            default -> {
                check.error(goj.syntax.Syntax.startPos(sx), "cannot slice " + exprs.describe(base));
                x.invalidate();
                return;
            }
        }
        x.mode = Mode.VALUE;
        for (Expr e : sx.index) {
            if (e != null && !indexValue(check, exprs, e, length < 0 ? -1 : length + 1)) { x.invalidate(); return; }
        }
        long prev = -1;
        for (Expr e : sx.index) {
            long v = e == null ? -1 : exprs.constIndex(e);
            if (v >= 0 && prev >= 0 && v < prev) {
                check.error(e.pos(), "invalid slice indices: " + v + " < " + prev);
                x.invalidate();
                return;
            }
            if (v >= 0) prev = v;
        }
    }

    /** Checks a composite literal; {@code hint} is the element type when the literal's type is elided. */
    static void compositeLit(Checker check, Expressions exprs, Operand x, CompositeLit lit, Type hint) {
        Type t;
        if (lit.type == null) {
            if (hint == null) {
                check.error(lit.pos(), "missing type in composite literal");
                useElements(exprs, lit);
                x.invalidate();
                return;
            }
            if (hint.underlying() instanceof Pointer p) { // &T elided in a literal of pointers: {…} is &T{…}
                compositeLit(check, exprs, x, lit, p.elem());
                if (!x.invalid()) x.type = hint;
                return;
            }
            t = hint;
        } else if (lit.type instanceof goj.syntax.ArrayType at && at.len == null) {
            Type elem = exprs.typeExpr(at.elem);
            long n = elements(check, exprs, lit, elem, -1);
            t = new Array(n, elem);
            x.mode = Mode.VALUE;
            x.type = t;
            return;
        } else {
            t = exprs.typeExpr(lit.type);
        }
        switch (t.underlying()) {
            case Slice s -> elements(check, exprs, lit, s.elem(), -1);
            case Struct st -> structFields(check, exprs, lit, st, t);
            case MapType m -> {
                // constant keys so far by value; for an interface key type, with the types they have
                java.util.Map<Object, List<Type>> keys = new java.util.HashMap<>();
                for (Expr e : lit.elems) {
                    if (!(e instanceof KeyValueExpr kv)) {
                        check.error(e.pos(), "missing key in map literal");
                        exprs.expr(e);
                        continue;
                    }
                    Operand k = kv.key instanceof CompositeLit ik && ik.type == null ? elidedLit(check, exprs, ik, m.key()) : exprs.expr(kv.key);
                    exprs.assignment(k, m.key(), "map literal");
                    if (!k.invalid() && k.mode == Mode.CONSTANT && !check.instanceMode) {
                        List<Type> types = keys.computeIfAbsent(ConstKeys.mapKey(k.value), key -> new java.util.ArrayList<>());
                        boolean iface = m.key().underlying() instanceof Interface;
                        if (!types.isEmpty() && (!iface || types.stream().anyMatch(kt -> Types.identical(kt, k.type)))) {
                            check.error(goj.syntax.Syntax.startPos(kv.key), "duplicate key " + k.value + " in map literal");
                            continue;
                        }
                        types.add(k.type);
                    }
                    Operand v = kv.value instanceof CompositeLit iv && iv.type == null ? elidedLit(check, exprs, iv, m.elem()) : exprs.expr(kv.value);
                    exprs.assignment(v, m.elem(), "map literal");
                }
            }
            case Array a -> elements(check, exprs, lit, a.elem(), a.len());
            case Basic b when b == Universe.INVALID -> { x.invalidate(); return; }
            default -> {
                useElements(exprs, lit);
                check.error(goj.syntax.Syntax.startPos(lit), "invalid composite literal type " + t);
                x.invalidate();
                return;
            }
        }
        x.mode = Mode.VALUE;
        x.type = t;
    }

    /** Checks the elements (the values of keyed ones) of a literal whose type is unusable. */
    private static void useElements(Expressions exprs, CompositeLit lit) {
        for (Expr e : lit.elems) exprs.rawExpr(e instanceof KeyValueExpr kv ? kv.value : e);
    }

    private static void structFields(Checker check, Expressions exprs, CompositeLit lit, Struct st, Type t) {
        if (lit.elems.isEmpty()) return;
        if (lit.elems.getFirst() instanceof KeyValueExpr) {
            List<Selection> keyed = new ArrayList<>();
            for (Expr e : lit.elems) {
                if (!(e instanceof KeyValueExpr kv)) {
                    check.error(e.pos(), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                if (!(kv.key instanceof goj.syntax.Name key)) {
                    exprs.expr(kv.value);
                    check.error(goj.syntax.Syntax.startPos(kv), "invalid field name " + kv.key + " in struct literal");
                    continue;
                }
                Lookup.Result r = Lookup.find(st, key.value);
                Selection sel = r.sel();
                if (sel != null && !Types.isExported(key.value) && sel.obj().pkg() != check.pkg) sel = null; // not accessible here
                if (sel == null) {
                    check.error(key.pos(), exprs.lookupError(t, key.value, true));
                    exprs.expr(kv.value);
                    continue;
                }
                if (sel.kind() != Selection.Kind.FIELD) {
                    check.error(key.pos(), key.value + " is not a field");
                    exprs.expr(kv.value);
                    continue;
                }
                if (sel.path().size() > 1 && !check.verifyVersion(key.pos(), 27, "use of promoted field " + fieldPath(st, sel.path()) + " in struct literal of type " + t)) {
                    exprs.expr(kv.value);
                    continue;
                }
                if (sel.indirect()) {
                    check.error(key.pos(), "invalid implicit pointer indirection to reach " + key.value);
                    exprs.expr(kv.value);
                    continue;
                }
                check.info.uses.put(key, sel.obj());
                Selection clash = overlapping(keyed, sel);
                if (clash == null) keyed.add(sel);
                else if (clash.obj() == sel.obj()) check.error(key.pos(), "duplicate field name " + key.value + " in struct literal");
                else if (clash.path().size() < sel.path().size()) check.error(key.pos(), "cannot specify promoted field " + key.value + " and enclosing embedded field " + clash.obj().name());
                else check.error(key.pos(), "cannot specify embedded field " + key.value + " and enclosed promoted field " + clash.obj().name());
                Type ft = sel.type();
                exprs.assignment(exprs.expr(kv.value), ft, "struct literal"); // a field's literal never elides its type
            }
            return;
        }
        for (int i = 0; i < lit.elems.size(); i++) {
            Expr e = lit.elems.get(i);
            if (e instanceof KeyValueExpr) {
                check.error(e.pos(), "mixture of field:value and value elements in struct literal");
                continue;
            }
            Operand v = exprs.expr(e);
            if (i >= st.fields().size()) {
                check.error(e.pos(), "too many values in struct literal of type " + t);
                return;
            }
            Struct.Field f = st.fields().get(i);
            if (!Types.isExported(f.name()) && f.var().pkg() != check.pkg) {
                check.error(goj.syntax.Syntax.startPos(e), "implicit assignment to unexported field " + f.name() + " in struct literal of type " + t);
                continue;
            }
            exprs.assignment(v, st.fields().get(i).type(), "struct literal");
        }
        if (lit.elems.size() < st.fields().size()) check.error(lit.rbrace, "too few values in struct literal of type " + t);
    }

    /**
     * The key among {@code keyed} (whose field paths are prefix-free) that selects the same field as
     * {@code sel}, a field enclosing it or a field inside it, or null. Of several fields inside it,
     * the one first in field order, as types2 reports.
     */
    private static Selection overlapping(List<Selection> keyed, Selection sel) {
        Selection inside = null;
        for (Selection k : keyed) {
            List<Integer> p = k.path(), q = sel.path();
            if (p.size() <= q.size() && q.subList(0, p.size()).equals(p)) return k;
            if (p.size() > q.size() && p.subList(0, q.size()).equals(q)
                    && (inside == null || Arrays.compare(p.stream().mapToInt(Integer::intValue).toArray(),
                            inside.path().stream().mapToInt(Integer::intValue).toArray()) < 0)) inside = k;
        }
        return inside;
    }

    /** The names of the fields on {@code path} from {@code st}, joined by dots: {@code t2.t1.f}. */
    private static String fieldPath(Struct st, List<Integer> path) {
        StringBuilder sb = new StringBuilder();
        Struct s = st;
        for (int i : path) {
            Struct.Field f = s.fields().get(i);
            sb.append(sb.isEmpty() ? "" : ".").append(f.name());
            Type ft = f.type().underlying() instanceof Pointer p ? p.elem() : f.type();
            if (ft.underlying() instanceof Struct inner) s = inner;
        }
        return sb.toString();
    }

    /** Checks the elements of an array or slice literal; returns the literal's length. */
    private static long elements(Checker check, Expressions exprs, CompositeLit lit, Type elem, long length) {
        long index = 0, max = 0;
        java.util.Set<Long> visited = new java.util.HashSet<>();
        for (Expr e : lit.elems) {
            Expr value = e;
            boolean valid = false;
            if (e instanceof KeyValueExpr kv) {
                long i = index(check, exprs, kv.key, length);
                if (i >= 0) {
                    index = i;
                    valid = true;
                } else if (i == -1) {
                    check.error(goj.syntax.Syntax.startPos(e), "index " + kv.key + " must be integer constant");
                }
                value = kv.value;
            } else if (length >= 0 && index >= length) {
                check.error(goj.syntax.Syntax.startPos(e), "index " + index + " is out of bounds (>= " + length + ")");
            } else {
                valid = true;
            }
            if (valid && !visited.add(index)) check.error(goj.syntax.Syntax.startPos(e), "duplicate index " + index + " in array or slice literal");
            Operand v = value instanceof CompositeLit inner && inner.type == null
                    ? elidedLit(check, exprs, inner, elem) : exprs.expr(value);
            exprs.assignment(v, elem, "array or slice literal");
            index++;
            max = Math.max(max, index);
        }
        return max;
    }

    private static Operand elidedLit(Checker check, Expressions exprs, CompositeLit inner, Type elem) {
        Operand v = new Operand();
        v.expr = inner;
        compositeLit(check, exprs, v, inner, elem);
        if (!v.invalid()) check.info.types.put(inner, new TypeAndValue(v.mode, v.type, null));
        return v;
    }
}
