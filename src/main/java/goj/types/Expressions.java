package goj.types;

import goj.syntax.BasicLit;
import goj.syntax.CallExpr;
import goj.syntax.Expr;
import goj.syntax.Name;
import goj.syntax.Node;
import goj.syntax.Operation;
import goj.syntax.Operator;
import goj.syntax.ParenExpr;
import goj.types.TypeAndValue.Mode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Checking of expressions: operands, operators, constants, calls and implicit conversions. */
final class Expressions {
    private final Checker check;
    private int iota = -1;

    Expressions(Checker check) { this.check = check; }

    Operand withIota(int value, Supplier<Operand> f) {
        int saved = iota;
        iota = value;
        try { return f.get(); } finally { iota = saved; }
    }

    // ---- types ----

    Type typeExpr(Expr e) {
        Operand x = rawExpr(e);
        if (x.invalid()) return Universe.INVALID;
        if (x.mode != Mode.TYPEXPR) {
            check.error(e.pos(), e + " is not a type");
            return Universe.INVALID;
        }
        return x.type;
    }

    // ---- expressions ----

    /** Checks {@code e} as a single value (not a type, builtin or no-value call). */
    Operand expr(Expr e) {
        Operand x = rawExpr(e);
        singleValue(x);
        return x;
    }

    /**
     * Checks {@code e} as a single value that will be assigned to type {@code target} (null if
     * unknown): a generic function named there gets its type arguments inferred from the target
     * function type (Go 1.21's inference in assignment contexts).
     */
    Operand expr(Expr e, Type target) {
        Operand x = rawExpr(e);
        instantiateFor(x, target);
        singleValue(x);
        return x;
    }

    /** Infers the type arguments of generic function operand {@code x} from the function type it is assigned to. */
    private void instantiateFor(Operand x, Type target) {
        if (x.invalid() || x.func == null || !x.func.needsInstantiation() || target == null || !(target.underlying() instanceof Signature ts)) return;
        Func g = x.func;
        java.util.Map<TypeParam, Type> m = new java.util.IdentityHashMap<>();
        if (x.targs != null) for (int i = 0; i < x.targs.size(); i++) m.put(g.tparams.get(i), x.targs.get(i));
        if (!Generics.unify(check.signatureOf(g), ts, m, g.tparams)) return;
        Generics.coreTypeInference(m, g.tparams);
        if (!g.tparams.stream().allMatch(m::containsKey)) return;
        List<Type> targs = Generics.simplify(g.tparams, g.tparams.stream().map(m::get).toList());
        Subst s = new Subst(g.tparams, targs);
        for (int i = 0; i < targs.size(); i++) {
            String why = check.generics.unsatisfied(targs.get(i), g.tparams.get(i), s);
            if (why != null) { check.error(x.expr.pos(), why); x.invalidate(); return; }
        }
        Func inst = check.generics.instantiateFunc(g, targs);
        useInstance(x.expr, inst);
        x.func = inst;
        x.type = inst.type();
    }

    /** Checks the left side of an assignment (a variable is not marked used by being assigned). */
    Operand lhsExpr(Expr e) {
        Expr u = e;
        while (u instanceof goj.syntax.ParenExpr p) u = p.x;
        if (u instanceof Name n && check.scope.lookupParent(n.value) instanceof Var v) {
            boolean used = v.used;
            Operand x = expr(e);
            v.used = used;
            return x;
        }
        return expr(e);
    }

    /** Requires {@code x} to be a single value (reports and invalidates it otherwise). */
    void singleValueOf(Operand x) { singleValue(x); }

    private void singleValue(Operand x) {
        if (x.func != null && x.func.needsInstantiation()) {
            check.error(x.expr.pos(), "cannot use generic function " + x.func.name() + " without instantiation");
            x.invalidate();
            return;
        }
        if (x.mode == Mode.COMMAOK || x.mode == Mode.MAPINDEX) {
            if (x.mode == Mode.COMMAOK) x.mode = Mode.VALUE; // a map index stays assignable but not addressable
            check.info.types.put(x.expr, new TypeAndValue(Mode.COMMAOK, x.type, null));
            return;
        }
        if (x.type instanceof Tuple t && t.size() > 1 && x.mode == Mode.VALUE) {
            check.error(goj.syntax.Syntax.startPos(x.expr), "multiple-value " + x.expr + " (value of type " + t + ") in single-value context");
            x.invalidate();
            return;
        }
        switch (x.mode) {
            case NOVALUE -> { check.error(goj.syntax.Syntax.startPos(x.expr), x.expr + " (no value) used as value"); x.invalidate(); }
            case BUILTIN -> { check.error(goj.syntax.Syntax.startPos(x.expr), x.expr + " (built-in) must be called"); x.invalidate(); }
            case TYPEXPR -> { check.error(goj.syntax.Syntax.startPos(x.expr), x.expr + " (type) is not an expression"); x.invalidate(); }
            default -> { }
        }
    }

    /**
     * Checks the right-hand side of an assignment, variable declaration or return statement of
     * {@code lhsCount} values (types2's initVars/assignVars): either one expression per value, or
     * a single call returning that many results (then every operand's expression is the call), or
     * a comma-ok expression for two values. {@code results} is the function's result tuple for a
     * return statement, else null; {@code targets} the types the values are assigned to (or
     * null). Returns null after reporting a count mismatch (types2's assignError, returnError).
     */
    List<Operand> exprList(List<Expr> rhs, int lhsCount, goj.syntax.Node at, Tuple results, List<Type> targets) {
        boolean isCall = rhs.size() == 1 && goj.syntax.Syntax.unparen(rhs.get(0)) instanceof CallExpr;
        if (rhs.size() != 1 || lhsCount == 1 && !isCall) {
            List<Operand> out = new ArrayList<>();
            for (int i = 0; i < rhs.size(); i++) out.add(expr(rhs.get(i), targets != null && i < targets.size() ? targets.get(i) : null));
            if (rhs.size() == lhsCount) return out;
            if (out.stream().anyMatch(Operand::invalid)) return null; // a count mismatch is reported only when the values themselves are valid
            if (results != null) returnError(at, results, out);
            else assignError(rhs, lhsCount, rhs.size());
            return null;
        }
        Operand x = rawExpr(rhs.get(0));
        if (lhsCount == 1 && targets != null && !targets.isEmpty()) instantiateFor(x, targets.get(0));
        if (x.invalid()) return null;
        List<Operand> xs;
        if ((x.mode == Mode.COMMAOK || x.mode == Mode.MAPINDEX) && lhsCount == 2 && results == null) {
            Operand v = new Operand(), ok = new Operand();
            v.expr = ok.expr = x.expr;
            v.mode = ok.mode = Mode.VALUE;
            v.type = x.type;
            ok.type = Universe.UNTYPED_BOOL;
            check.info.types.put(x.expr, new TypeAndValue(Mode.COMMAOK, x.type, null));
            return List.of(v, ok);
        } else if (x.type instanceof Tuple t && x.mode == Mode.VALUE) {
            xs = results(x.expr, t);
        } else {
            singleValue(x);
            if (x.invalid()) return null;
            xs = List.of(x);
        }
        if (xs.size() == lhsCount) return xs;
        if (results != null) returnError(at, results, xs);
        else assignError(rhs, lhsCount, xs.size());
        return null;
    }

    /** types2's assignError: {@code assignment mismatch: 2 variables but f returns 1 value}, at the first value. */
    private void assignError(List<Expr> rhs, int l, int r) {
        String vars = l + " variable" + (l != 1 ? "s" : ""), vals = r + " value" + (r != 1 ? "s" : "");
        Expr rhs0 = rhs.get(0);
        if (rhs.size() == 1 && goj.syntax.Syntax.unparen(rhs0) instanceof CallExpr call) {
            check.error(goj.syntax.Syntax.startPos(rhs0), "assignment mismatch: " + vars + " but " + call.fun + " returns " + vals);
        } else {
            check.error(goj.syntax.Syntax.startPos(rhs0), "assignment mismatch: " + vars + " but " + vals);
        }
    }

    /** types2's returnError: {@code not enough return values} with the types had and wanted, at the last (or first extra) value. */
    private void returnError(goj.syntax.Node at, Tuple want, List<Operand> have) {
        int l = want.size(), r = have.size();
        goj.syntax.Pos pos = r > l ? goj.syntax.Syntax.startPos(have.get(l).expr)
                : r > 0 ? goj.syntax.Syntax.startPos(have.get(r - 1).expr) : at.pos();
        check.error(pos, (r > l ? "too many" : "not enough") + " return values\n\thave " + typesSummary(operandTypes(have), false, false)
                + "\n\twant " + typesSummary(want.vars().stream().map(Var::type).toList(), false, false));
    }

    private static List<Type> operandTypes(List<Operand> xs) {
        List<Type> out = new ArrayList<>();
        for (Operand x : xs) out.add(x.invalid() ? Universe.INVALID : x.type);
        return out;
    }

    /**
     * types2's typesSummary: {@code (T1, T2)} where untyped numbers read {@code number} and other
     * untyped kinds drop the word untyped; the last type is {@code ...E} for a variadic
     * parameter list and {@code T...} for arguments passed with {@code ...}.
     */
    static String typesSummary(List<Type> list, boolean variadic, boolean hasDots) {
        List<String> res = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Type t = list.get(i);
            String s;
            if (t == null || t == Universe.INVALID) s = "unknown type";
            else if (t instanceof Basic b && b.isUntyped()) s = b.isNumeric() ? "number" : b.name().replace("untyped ", "");
            else s = t.toString();
            if (variadic && i == list.size() - 1) s = "..." + s.substring(2);
            if (hasDots && i == list.size() - 1) s += "...";
            res.add(s);
        }
        return "(" + String.join(", ", res) + ")";
    }

    /** Checks {@code e} in any mode and records the result. */
    Operand rawExpr(Expr e) {
        Operand x = new Operand();
        x.expr = e;
        exprInternal(x, e);
        record(x);
        return x;
    }

    private void record(Operand x) {
        if (x.mode != Mode.INVALID) check.info.types.put(x.expr, new TypeAndValue(x.mode, x.type, x.value));
    }

    private void exprInternal(Operand x, Expr e) {
        switch (e) {
            case Name n -> ident(x, n);
            case BasicLit lit -> literal(x, lit);
            case ParenExpr p -> {
                Operand y = rawExpr(p.x);
                x.mode = y.mode; x.type = y.type; x.value = y.value; x.builtin = y.builtin; x.func = y.func; x.targs = y.targs;
            }
            case Operation op when op.y == null -> unary(x, op);
            case Operation op -> {
                Operand r = binary(op.x, op.y, op.op, op);
                x.mode = r.mode; x.type = r.type; x.value = r.value;
            }
            case CallExpr c -> call(x, c);
            case goj.syntax.SliceType t -> { x.mode = Mode.TYPEXPR; x.type = new Slice(typeExpr(t.elem)); }
            case goj.syntax.StructType t -> { x.mode = Mode.TYPEXPR; x.type = structType(t); }
            case goj.syntax.SelectorExpr sel -> selector(x, sel);
            case goj.syntax.FuncLit lit -> { x.mode = Mode.VALUE; x.type = check.funcLit(lit); }
            case goj.syntax.InterfaceType it -> {
                x.mode = Mode.TYPEXPR;
                interfaceDepth++;
                try {
                    x.type = interfaceType(it);
                } finally {
                    interfaceDepth--;
                }
                if (interfaceDepth == 0) check.outerInterfaceLiteral(it.pos(), (Interface) x.type);
            }
            case goj.syntax.ChanType ct -> {
                Chan c = new Chan(ct.dir, typeExpr(ct.elem));
                check.chanType(ct.pos(), c);
                x.mode = Mode.TYPEXPR;
                x.type = c;
            }
            case goj.syntax.MapType mt -> {
                Type k = typeExpr(mt.key), v = typeExpr(mt.value);
                x.mode = Mode.TYPEXPR;
                x.type = new MapType(k, v);
                check.later(() -> { // the key type may be a type being declared
                    if (k != Universe.INVALID && !Types.comparable(k)) check.error(mt.key.pos(), "invalid map key type " + k);
                });
            }
            case goj.syntax.AssertExpr ae -> typeAssertion(x, ae);
            case goj.syntax.ArrayType t -> arrayType(x, t);
            case goj.syntax.FuncType t -> { x.mode = Mode.TYPEXPR; x.type = check.funcType(t); }
            case goj.syntax.IndexExpr ix -> Indexing.index(check, this, x, ix);
            case goj.syntax.SliceExpr sx -> Indexing.slice(check, this, x, sx);
            case goj.syntax.CompositeLit lit -> Indexing.compositeLit(check, this, x, lit, null);
            case goj.syntax.TypeSwitchGuard g -> { // x.(type) is checked by the type switch it heads
                check.error(goj.syntax.Syntax.startPos(g.x), "invalid syntax tree: use of .(type) outside type switch");
                rawExpr(g.x);
                x.invalidate();
            }
            case goj.syntax.BadExpr b -> x.invalidate(); // the parser reported it
            default -> {
                check.unsupported(e, "expression " + e.getClass().getSimpleName());
                x.invalidate();
            }
        }
    }

    private Struct structType(goj.syntax.StructType t) {
        List<Struct.Field> fields = new ArrayList<>();
        java.util.Map<String, Var> names = new java.util.HashMap<>();
        for (int i = 0; i < t.fields.size(); i++) {
            goj.syntax.Field f = t.fields.get(i);
            String tag = i < t.tags.size() && t.tags.get(i) != null ? new String(Literals.parseString(t.tags.get(i).value), java.nio.charset.StandardCharsets.UTF_8) : null;
            Type ft = typeExpr(f.type);
            String name;
            boolean embedded = f.name == null;
            if (embedded) {
                Expr te = f.type;
                if (te instanceof Operation op && op.op == Operator.MUL && op.y == null) te = op.x;
                if (te instanceof goj.syntax.IndexExpr ix) te = ix.x; // an embedded instance of a generic type
                name = te instanceof Name n ? n.value : te instanceof goj.syntax.SelectorExpr se ? se.sel.value : "?";
                goj.syntax.Pos at = f.pos();
                check.later(() -> embeddedFieldType(ft, at));
            } else {
                name = f.name.value;
            }
            Var v = new Var(f.name != null ? f.name.pos() : f.pos(), check.pkg, name, ft, false);
            v.isField = true;
            if (f.name != null) check.info.defs.put(f.name, v);
            Var prev = name.equals("_") ? null : names.putIfAbsent(name, v);
            if (prev != null) { // a duplicate field is left out of the struct
                check.error(v.pos(), name + " redeclared\n\t" + prev.pos() + ": other declaration of " + name);
                continue;
            }
            fields.add(new Struct.Field(v, embedded, tag));
        }
        return new Struct(fields);
    }

    /** The spec's restrictions on an embedded field's type {@code T} or {@code *T}, once T is resolved. */
    private void embeddedFieldType(Type ft, goj.syntax.Pos at) {
        boolean ptr = ft instanceof Pointer;
        Type t = ft instanceof Pointer p ? p.elem() : ft;
        switch (t.underlying()) {
            case Basic b when b.kind() == Basic.Kind.UNSAFE_POINTER -> check.error(at, "embedded field type cannot be unsafe.Pointer");
            case Pointer p -> check.error(at, "embedded field type cannot be a pointer");
            case Interface i when t instanceof TypeParam -> check.error(at, "embedded field type cannot be a (pointer to a) type parameter");
            case Interface i when ptr -> check.error(at, "embedded field type cannot be a pointer to an interface");
            default -> { }
        }
    }

    /** How many interface literals of the declaration being checked enclose the current expression. */
    int interfaceDepth;

    /** The elements of an interface being built: methods by name (with where each was declared or embedded), terms, comparable. */
    private static final class Elems {
        final List<Func> methods = new ArrayList<>();
        final java.util.Map<String, Func> byName = new java.util.HashMap<>();
        final java.util.Map<String, goj.syntax.Pos> mpos = new java.util.HashMap<>();
        List<Interface.Term> terms; // null: no restriction by terms
        boolean comparable;
    }

    /** An embedded type still being declared where the interface is written: embedded on completion. */
    private record Pending(Named type, goj.syntax.Pos at) {}

    private Type interfaceType(goj.syntax.InterfaceType it) {
        Elems acc = new Elems();
        for (goj.syntax.Field f : it.methods) {
            if (f.name == null) continue;
            if (f.name.value.equals("_")) {
                check.error(f.name.pos(), "methods must have a unique non-blank name");
                continue;
            }
            Signature sig = check.funcType((goj.syntax.FuncType) f.type);
            Func m = new Func(f.name.pos(), check.pkg, f.name.value, sig);
            check.info.defs.put(f.name, m);
            if (acc.byName.containsKey(m.name())) {
                check.error(f.name.pos(), duplicateMethod(m.name(), acc.mpos.get(m.name())));
                continue;
            }
            acc.byName.put(m.name(), m);
            acc.mpos.put(m.name(), f.name.pos());
            acc.methods.add(m);
        }
        List<Pending> pending = new ArrayList<>();
        for (goj.syntax.Field f : it.methods) {
            if (f.name != null) continue;
            goj.syntax.Pos at = goj.syntax.Syntax.startPos(f.type);
            if (Generics.isTermList(f.type)) {
                if (!check.verifyVersion(at, 18, "embedding interface element " + f.type)) continue;
                List<Interface.Term> union = new ArrayList<>();
                check.generics.collectTerms(f.type, union);
                acc.terms = intersect(acc.terms, union);
                continue;
            }
            Type e = typeExpr(f.type);
            if (e == Universe.INVALID) {
                check.aliasEmbeddingCycle(f.type);
                continue;
            }
            if (e instanceof Named n && (n.underlying == null || n.underlying instanceof Interface ni && ni.isIncomplete())) {
                pending.add(new Pending(n, at));
                continue;
            }
            embed(acc, e, at, null);
        }
        Interface iface = new Interface(acc.methods, acc.terms == null ? List.of() : acc.terms, acc.comparable);
        if (!pending.isEmpty()) {
            iface.completeLater(() -> {
                check.completing(iface, () -> {
                    for (Pending p : pending) check.embedding(p.type(), () -> embed(acc, p.type(), p.at(), iface));
                });
                iface.completeWith(acc.methods, acc.terms == null ? List.of() : acc.terms, acc.comparable);
            });
            check.later(iface::complete);
        }
        return iface;
    }

    /** Embeds type {@code e} (written at {@code at}) in the interface {@code self} being completed (null: being written). */
    private void embed(Elems acc, Type e, goj.syntax.Pos at, Interface self) {
        if (!(e.underlying() instanceof Interface ei)) {
            if (self != null && containsByValue(e.underlying(), self)) { // as types2's validType, through embedded types
                check.cycleError("invalid recursive type", List.of(((Named) e).obj()));
                return;
            }
            if (!check.verifyVersion(at, 18, "embedding non-interface type " + e)) return;
            acc.terms = intersect(acc.terms, List.of(new Interface.Term(false, e)));
            return;
        }
        if (ei.isCompleting()) {
            check.embeddingCycle(ei);
            return;
        }
        for (Func m : ei.methods()) {
            Func other = acc.byName.putIfAbsent(m.name(), m);
            if (other == null) {
                acc.mpos.put(m.name(), at);
                acc.methods.add(m);
                continue;
            }
            // overlapping embedded methods (Go 1.14) must be identical; checked once signatures are complete
            goj.syntax.Pos otherAt = acc.mpos.get(m.name());
            check.later(() -> {
                if (check.versionProblem(at, 14) != null || !Types.identical(m.type(), other.type())) {
                    check.error(at, duplicateMethod(m.name(), otherAt));
                }
            });
        }
        if (!ei.terms().isEmpty()) acc.terms = intersect(acc.terms, ei.terms());
        acc.comparable |= ei.isComparable();
    }

    /** Whether values of type {@code t} hold interface {@code target} (as struct fields or array elements). */
    private static boolean containsByValue(Type t, Interface target) {
        return switch (t) {
            case Interface i -> i == target;
            case Struct st -> st.fields().stream().anyMatch(f -> containsByValue(f.type(), target));
            case Array a -> containsByValue(a.elem(), target);
            default -> false;
        };
    }

    private static String duplicateMethod(String name, goj.syntax.Pos other) {
        return "duplicate method " + name + "\n\t" + other + ": other declaration of method " + name;
    }

    /** The intersection of two type sets given by terms ({@code null}: all types). */
    private static List<Interface.Term> intersect(List<Interface.Term> a, List<Interface.Term> b) {
        if (a == null) return b;
        List<Interface.Term> out = new ArrayList<>();
        for (Interface.Term x : a) {
            for (Interface.Term y : b) {
                if (x.tilde() && y.tilde()) { if (Types.identical(x.type(), y.type())) out.add(x); }
                else if (x.tilde()) { if (Types.identical(x.type(), y.type().underlying())) out.add(y); }
                else if (y.tilde()) { if (Types.identical(x.type().underlying(), y.type())) out.add(x); }
                else if (Types.identical(x.type(), y.type())) out.add(x);
            }
        }
        return out;
    }

    /** {@code x.(T)}: x must be an interface, and T must be able to implement it. */
    private void typeAssertion(Operand x, goj.syntax.AssertExpr ae) {
        Operand v = expr(ae.x);
        if (v.invalid()) { x.invalidate(); return; }
        if (!(v.type.underlying() instanceof Interface vi)) {
            check.error(ae.x.pos(), "invalid operation: " + describe(v) + " is not an interface");
            x.invalidate();
            return;
        }
        Type t = typeExpr(ae.type);
        if (t == Universe.INVALID) { x.invalidate(); return; }
        if (!(t.underlying() instanceof Interface) && !(t instanceof TypeParam) && !check.instanceMode) {
            String why = Lookup.missingMethod(t, vi);
            if (why != null) {
                check.error(goj.syntax.Syntax.startPos(ae), "impossible type assertion: " + ae.x + ".(" + ae.type + ")\n\t" + t + " does not implement " + v.type + " " + why);
                x.invalidate();
                return;
            }
        }
        x.mode = Mode.COMMAOK;
        x.type = t;
    }

    private void selector(Operand x, goj.syntax.SelectorExpr sel) {
        if (check.imports.selector(x, sel)) return;
        Operand base = rawExpr(sel.x);
        if (base.invalid()) { x.invalidate(); return; }
        if (base.mode == Mode.TYPEXPR) {
            methodExpr(x, sel, base.type);
            return;
        }
        boolean mapElem = base.mode == Mode.MAPINDEX; // m[k] is assignable, but not addressable
        singleValue(base);
        if (base.invalid()) { x.invalidate(); return; }
        if (mapElem) base.mode = Mode.VALUE;
        Lookup.Result r = Lookup.find(base.type, sel.sel.value);
        if (r.sel() == null) {
            if (r.ambiguous()) check.error(sel.sel.pos(), "ambiguous selector " + sel);
            else check.error(sel.sel.pos(), sel + " undefined (" + (isInterfacePtr(base.type) ? noSuch(base.type, "", "") : lookupError(base.type, sel.sel.value, false)) + ")");
            x.invalidate();
            return;
        }
        Selection s = r.sel();
        String unexported = check.imports.unexported(sel, s);
        if (unexported != null) {
            check.error(sel.sel.pos(), unexported);
            x.invalidate();
            return;
        }
        check.info.selections.put(sel, s);
        check.info.uses.put(sel.sel, s.obj());
        if (s.kind() == Selection.Kind.FIELD) {
            x.mode = base.mode == Mode.VARIABLE && !mapElem || s.indirect() ? Mode.VARIABLE : Mode.VALUE;
            x.type = s.type();
            return;
        }
        Func m = (Func) s.obj();
        if (m.type == Universe.INVALID) { x.invalidate(); return; }
        check.signatureOf(m);
        if (m.ptrRecv && !s.indirect() && base.mode != Mode.VARIABLE && !(base.type instanceof Pointer)) {
            check.error(sel.sel.pos(), "cannot call pointer method " + sel.sel.value + " on " + base.type);
            x.invalidate();
            return;
        }
        // x.m() of a pointer method on an addressable non-pointer x takes x's address
        if (m.ptrRecv && !s.indirect() && !(base.type.underlying() instanceof Pointer)) addressTaken(sel.x);
        x.mode = Mode.VALUE;
        x.type = m.type;
        x.func = m;
    }

    private static boolean isInterfacePtr(Type t) {
        return t.underlying() instanceof Pointer p && p.elem().underlying() instanceof Interface;
    }

    /**
     * types2's lookupError: why selector {@code sel} finds nothing in type {@code t} (a field key
     * of a struct literal if {@code structLit}), with a hint at a field or method of another
     * spelling, or at an unexported one.
     */
    String lookupError(Type t, String sel, boolean structLit) {
        Selection found = Lookup.find(t, sel, true).sel();
        Obj obj = found == null ? null : found.obj();
        String alt = obj == null ? null : obj.name();
        String e = "missing";
        if (obj != null) {
            if (obj.pkg() == check.pkg) e = "misspelled";
            else if (Types.isExported(sel)) e = Types.isExported(alt) ? "misspelled" : tail(sel).equals(tail(alt)) ? "unexported" : "missing";
            else if (Types.isExported(alt)) e = tail(sel).equals(tail(alt)) ? "misspelled" : "missing";
            else if (sel.equals(alt)) e = "inaccessible";
        }
        if (structLit) {
            return switch (e) {
                case "misspelled" -> "unknown field " + sel + " in struct literal of type " + t + ", but does have " + alt;
                case "unexported" -> "unknown field " + sel + " in struct literal of type " + t + ", but does have unexported " + alt;
                case "inaccessible" -> "cannot refer to unexported field " + alt + " in struct literal of type " + t;
                default -> "unknown field " + sel + " in struct literal of type " + t;
            };
        }
        String what = obj instanceof Var ? "field" : obj instanceof Func ? "method" : "object";
        return switch (e) {
            case "misspelled" -> "type " + t + " has no field or method " + sel + ", but does have " + what + " " + alt;
            case "unexported" -> "type " + t + " has no field or method " + sel + ", but does have unexported " + what + " " + alt;
            case "inaccessible" -> "cannot refer to unexported " + what + " " + alt;
            default -> "type " + t + " has no field or method " + sel;
        };
    }

    /** {@code s} without its first character. */
    private static String tail(String s) { return s.isEmpty() ? s : s.substring(s.offsetByCodePoints(0, 1)); }

    /** Why type {@code t} has no {@code what} named {@code name}, in gc's words. */
    private static String noSuch(Type t, String what, String name) {
        if (t.underlying() instanceof Pointer p && p.elem().underlying() instanceof Interface) return "type " + t + " is pointer to interface, not interface";
        return "type " + t + " has no " + what + " " + name;
    }

    /** A local variable whose address is taken lives in a heap cell (the pointer is the cell). */
    private void addressTaken(Expr e) {
        while (e instanceof ParenExpr p) e = p.x;
        if (e instanceof Name n && check.info.uses.get(n) instanceof Var v && !v.global) v.captured = true;
    }

    /** {@code T.m}: method m of type T as a function taking the receiver first. */
    private void methodExpr(Operand x, goj.syntax.SelectorExpr sel, Type t) {
        String name = sel.sel.value;
        if (t instanceof Named n && n.underlying == null && check.selfReference(n.obj())) { // A.m inside A's declaration
            x.invalidate();
            return;
        }
        Lookup.Result r = Lookup.find(t, name);
        Selection s = r.sel();
        if (s == null || s.kind() != Selection.Kind.METHOD) {
            if (r.ambiguous()) check.error(sel.sel.pos(), "ambiguous selector " + sel);
            else check.error(sel.sel.pos(), sel + " undefined (" + noSuch(t, "method", name) + ")");
            x.invalidate();
            return;
        }
        Func m = (Func) s.obj();
        if (m.type == Universe.INVALID) { x.invalidate(); return; }
        Signature ms = check.signatureOf(m);
        if (m.ptrRecv && !s.indirect() && !(t.underlying() instanceof Pointer)) {
            check.error(sel.sel.pos(), "invalid method expression " + t + "." + name + " (needs pointer receiver (*" + t + ")." + name + ")");
            x.invalidate();
            return;
        }
        List<Var> params = new ArrayList<>();
        params.add(new Var(sel.pos(), check.pkg, "", t, false));
        params.addAll(ms.params().vars());
        Signature sig = new Signature(new Tuple(params), ms.results(), ms.variadic());
        Selection me = new Selection(Selection.Kind.METHOD_EXPR, s.path(), m, sig, s.indirect(), t);
        check.info.selections.put(sel, me);
        check.info.uses.put(sel.sel, m);
        x.mode = Mode.VALUE;
        x.type = sig;
    }

    private void arrayType(Operand x, goj.syntax.ArrayType t) {
        if (t.len == null) {
            check.error(t.pos(), "invalid use of [...] array (outside a composite literal)");
            x.invalidate();
            return;
        }
        Operand n = expr(t.len);
        Type elem = typeExpr(t.elem);
        x.mode = Mode.TYPEXPR;
        if (n.invalid()) { x.type = Universe.INVALID; return; }
        if (n.mode != Mode.CONSTANT) {
            check.error(goj.syntax.Syntax.startPos(t.len), "array length " + describe(n) + " must be constant");
            x.invalidate();
            return;
        }
        Constant c = n.isUntyped() ? Constants.convert(n.value, Universe.UNTYPED_INT) : n.value; // 10 + 0i is an integer
        if (c instanceof Constant.Float f && Constants.isIntegral(f)) c = new Constant.Int(f.value().toBigIntegerExact());
        if (!(c instanceof Constant.Int len) || !(n.type.underlying() instanceof Basic b && (b.isInteger() || b.isUntyped()))) {
            check.error(goj.syntax.Syntax.startPos(t.len), "array length " + describe(n) + " must be integer");
            x.invalidate();
            return;
        }
        if (len.value().signum() < 0 || len.value().bitLength() > 63) { // representable as an int
            check.error(goj.syntax.Syntax.startPos(t.len), "invalid array length " + t.len + " (" + describeType(n) + ")");
            x.invalidate();
            return;
        }
        x.type = new Array(len.value().longValue(), elem);
    }

    /** Set while checking the operand of an index expression, which may name a generic type or function. */
    private boolean genericAllowed;

    /** Checks {@code e}, the operand of an index expression: it may denote a generic type or function. */
    Operand genericOperand(Expr e) {
        Expr u = e;
        while (u instanceof ParenExpr p) u = p.x;
        genericAllowed = u instanceof Name;
        try { return rawExpr(e); } finally { genericAllowed = false; }
    }

    private void ident(Operand x, Name n) {
        boolean allowGeneric = genericAllowed;
        genericAllowed = false; // resolving the name may check other declarations
        if (n.value.equals("_")) {
            check.error(n.pos(), "cannot use _ as value or type");
            x.invalidate();
            return;
        }
        Obj o = check.scope.lookupParent(n.value);
        if (o == null) {
            check.error(n.pos(), "undefined: " + n.value);
            x.invalidate();
            return;
        }
        if ((o == Universe.SCOPE.lookup("any") || o == Universe.SCOPE.lookup("comparable"))
                && !check.verifyVersion(n.pos(), 18, "predeclared " + n.value)) {
            x.invalidate();
            return;
        }
        check.info.uses.put(n, o);
        if (o.pkg() != null && o.pkg() != check.pkg) check.imports.useDot(o);
        switch (o) {
            case Const c -> {
                if (c == Universe.IOTA) {
                    if (iota < 0) { check.error(n.pos(), "cannot use iota outside constant declaration"); x.invalidate(); return; }
                    x.mode = Mode.CONSTANT; x.type = Universe.UNTYPED_INT; x.value = Constant.of(iota);
                    return;
                }
                check.resolve(c);
                x.mode = Mode.CONSTANT; x.type = c.type; x.value = c.value;
                if (c.type == Universe.INVALID) x.invalidate();
            }
            case Var v -> {
                check.resolve(v);
                v.used = true;
                if (!v.global && v.owner != null && v.owner != check.currentFunc) v.captured = true;
                x.mode = Mode.VARIABLE; x.type = v.type;
                if (v.type == Universe.INVALID) x.invalidate();
            }
            case TypeName t when !(t.type instanceof Named) && check.selfReference(t) -> x.invalidate(); // type T = T
            case TypeName t -> {
                check.resolveType(t);
                x.mode = Mode.TYPEXPR;
                x.type = t.type;
                List<TypeParam> generic = t.type instanceof Named g && g.isGeneric() ? g.tparams() : t.aliasTparams;
                if (!generic.isEmpty() && !allowGeneric) {
                    StringBuilder tps = new StringBuilder();
                    for (TypeParam tp : generic) tps.append(tps.isEmpty() ? "" : ", ").append(tp).append(' ').append(check.qualify(tp.constraint()));
                    check.error(n.pos(), "cannot use generic type " + t.name() + "[" + tps + "] without instantiation");
                    x.invalidate();
                } else if (t.isGenericAlias()) {
                    x.genericAlias = t;
                }
            }
            case Builtin b -> { x.mode = Mode.BUILTIN; x.builtin = b; x.type = Universe.INVALID; }
            case Func f -> { x.mode = Mode.VALUE; x.type = check.signatureOf(f); x.func = f; }
            case Nil nil -> { x.mode = Mode.VALUE; x.type = Universe.UNTYPED_NIL; }
            case PkgName p -> { check.error(n.pos(), "use of package " + n.value + " not in selector"); x.invalidate(); }
        }
    }

    private void literal(Operand x, BasicLit lit) {
        if (lit.bad) { x.invalidate(); return; }
        if (lit.kind == goj.syntax.LitKind.INT || lit.kind == goj.syntax.LitKind.FLOAT || lit.kind == goj.syntax.LitKind.IMAG) numberSyntaxVersion(lit);
        x.mode = Mode.CONSTANT;
        try {
            switch (lit.kind) {
                case INT -> {
                    x.type = Universe.UNTYPED_INT;
                    x.value = new Constant.Int(Literals.parseInt(lit.value));
                    representable(x, lit);
                }
                case FLOAT -> { x.type = Universe.UNTYPED_FLOAT; x.value = new Constant.Float(Literals.parseFloat(lit.value)); }
                case RUNE -> { x.type = Universe.UNTYPED_RUNE; x.value = Constant.of(Literals.parseRune(lit.value)); }
                case STRING -> { x.type = Universe.UNTYPED_STRING; x.value = new Constant.Str(Literals.parseString(lit.value)); }
                case IMAG -> { x.type = Universe.UNTYPED_COMPLEX; x.value = Literals.parseImag(lit.value); }
            }
        } catch (NumberFormatException ex) {
            check.error(lit.pos(), "malformed constant: " + lit.value);
            x.invalidate();
        }
    }

    /** Number literal syntax of Go 1.13 (digit separators, 0b, 0o, hexadecimal floats) in files of older versions. */
    private void numberSyntaxVersion(BasicLit lit) {
        String v = lit.value;
        if (v.length() <= 2) return;
        char radix = Character.toLowerCase(v.charAt(1));
        String what = v.contains("_") ? "underscore in numeric literal"
                : v.charAt(0) != '0' ? null
                : radix == 'b' ? "binary literal"
                : radix == 'o' ? "0o/0O-style octal literal"
                : radix == 'x' && lit.kind != goj.syntax.LitKind.INT ? "hexadecimal floating-point literal"
                : null;
        if (what != null) check.verifyVersion(lit.pos(), 13, what);
    }

    private void unary(Operand x, Operation op) {
        if (op.op == Operator.MUL) { // *T (a pointer type) or *p (indirection)
            Operand y = rawExpr(op.x);
            if (y.invalid()) { x.invalidate(); return; }
            if (y.mode == Mode.TYPEXPR) {
                x.mode = Mode.TYPEXPR;
                x.type = new Pointer(y.type);
                return;
            }
            singleValue(y);
            if (y.invalid()) { x.invalidate(); return; }
            if (!(y.type.underlying() instanceof Pointer p)) {
                check.error(op.pos(), "invalid operation: cannot indirect " + describe(y));
                x.invalidate();
                return;
            }
            x.mode = Mode.VARIABLE;
            x.type = p.elem();
            return;
        }
        if (op.op == Operator.AND) {
            Expr e = op.x;
            while (e instanceof ParenExpr p) e = p.x;
            Operand y = e instanceof goj.syntax.CompositeLit ? rawExpr(e) : expr(op.x);
            if (y.invalid()) { x.invalidate(); return; }
            if (y.mode != Mode.VARIABLE && !(e instanceof goj.syntax.CompositeLit)) {
                check.error(goj.syntax.Syntax.startPos(op.x), "invalid operation: cannot take address of " + describe(y));
                x.invalidate();
                return;
            }
            addressTaken(e);
            x.mode = Mode.VALUE;
            x.type = new Pointer(y.type);
            return;
        }
        if (op.op == Operator.RECV) {
            Operand ch = expr(op.x);
            if (ch.invalid()) { x.invalidate(); return; }
            if (!(ch.type.underlying() instanceof Chan c)) {
                check.error(op.pos(), "invalid operation: cannot receive from non-channel " + describe(ch));
                x.invalidate();
                return;
            }
            if (!c.canRecv()) {
                check.error(op.pos(), "invalid operation: cannot receive from send-only channel " + describe(ch));
                x.invalidate();
                return;
            }
            x.mode = Mode.COMMAOK;
            x.type = c.elem();
            return;
        }
        Operand y = expr(op.x);
        if (y.invalid()) { x.invalidate(); return; }
        Type u = y.type.underlying();
        x.type = y.type;
        x.mode = y.mode == Mode.CONSTANT ? Mode.CONSTANT : Mode.VALUE;
        switch (op.op) {
            case ADD, SUB -> {
                if (!(u instanceof Basic b && b.isNumeric())) { badOperand(x, op, y); return; }
                if (y.mode == Mode.CONSTANT) {
                    x.value = op.op == Operator.ADD ? y.value : Constants.negate(y.value);
                    representable(x, op);
                }
            }
            case NOT -> {
                if (!(u instanceof Basic b && b.isBoolean())) { badOperand(x, op, y); return; }
                if (y.mode == Mode.CONSTANT) x.value = new Constant.Bool(!((Constant.Bool) y.value).value());
            }
            case XOR -> {
                if (!(u instanceof Basic b && b.isInteger())) { badOperand(x, op, y); return; }
                if (y.mode == Mode.CONSTANT) {
                    BigInteger v = ((Constant.Int) y.value).value();
                    Basic ub = (Basic) u;
                    x.value = new Constant.Int(ub.isUnsigned() ? v.xor(BigInteger.ONE.shiftLeft(ub.size() * 8).subtract(BigInteger.ONE)) : v.not());
                    representable(x, op);
                }
            }
            default -> { check.unsupported(op, "operator " + op.op); x.invalidate(); }
        }
    }

    private void badOperand(Operand x, Operation op, Operand y) {
        check.error(op.pos(), "invalid operation: operator " + op.op + " not defined on " + describe(y));
        x.invalidate();
    }

    /** Checks {@code lhs op rhs}; {@code at} gives the operator's position. */
    Operand binary(Expr lhs, Expr rhs, Operator op, Node at) {
        Operand x = expr(lhs), y = expr(rhs);
        Operand r = new Operand();
        r.expr = at instanceof Expr e ? e : lhs;
        if (x.invalid() || y.invalid()) { r.invalidate(); return r; }
        if (op == Operator.SHL || op == Operator.SHR) return shift(x, y, op, at, r);
        matchTypes(x, y);
        if (x.invalid() || y.invalid()) { r.invalidate(); return r; }
        boolean comparison = op.prec() == Operator.PREC_CMP;
        if (comparison) {
            String why = comparisonError(x, y, op, false);
            if (why != null) {
                check.error(goj.syntax.Syntax.startPos(why.startsWith("y") ? y.expr : x.expr), "invalid operation: " + lhs + " " + op + " " + rhs + why.substring(1));
                r.invalidate();
                return r;
            }
        } else if (!Types.identical(x.type, y.type)) {
            check.error(goj.syntax.Syntax.startPos(lhs), "invalid operation: " + lhs + " " + op + " " + rhs + " (mismatched types " + x.type + " and " + y.type + ")");
            r.invalidate();
            return r;
        }
        Basic b = x.type.underlying() instanceof Basic bb ? bb : null;
        if (comparison && (b == null || y.type == Universe.UNTYPED_NIL || !(y.type.underlying() instanceof Basic))) { // comparisons of non-basic operands
            r.mode = Mode.VALUE;
            r.type = Universe.UNTYPED_BOOL;
            if (x.isUntyped() && x.type != Universe.UNTYPED_NIL) convertUntyped(x, Universe.defaultType(x.type));
            if (y.isUntyped() && y.type != Universe.UNTYPED_NIL) convertUntyped(y, Universe.defaultType(y.type));
            return r;
        }
        boolean ok = b != null && switch (op) {
            case EQL, NEQ -> b.kind() != Basic.Kind.UNTYPED_NIL;
            case LSS, LEQ, GTR, GEQ -> b.isOrdered();
            case ANDAND, OROR -> b.isBoolean();
            case ADD -> b.isNumeric() || b.isString();
            case SUB, MUL, DIV -> b.isNumeric();
            case REM, AND, OR, XOR, ANDNOT -> b.isInteger();
            default -> false;
        };
        if (!ok && comparison) {
            check.error(goj.syntax.Syntax.startPos(x.expr), "invalid operation: " + lhs + " " + op + " " + rhs + " (operator " + op + " not defined on " + kindString(x.type) + ")");
            r.invalidate();
            return r;
        }
        if (!ok) {
            check.error(goj.syntax.Syntax.startPos(x.expr), "invalid operation: operator " + op + " not defined on " + describe(x));
            r.invalidate();
            return r;
        }
        if ((op == Operator.DIV || op == Operator.REM) && y.mode == Mode.CONSTANT && Constants.isZero(y.value) && b.isInteger()) {
            check.error(y.expr.pos(), "invalid operation: division by zero");
            r.invalidate();
            return r;
        }
        if (x.mode == Mode.CONSTANT && y.mode == Mode.CONSTANT) {
            r.mode = Mode.CONSTANT;
            if (comparison) {
                r.type = Universe.UNTYPED_BOOL;
                r.value = new Constant.Bool(Constants.compare(x.value, op, y.value));
            } else {
                r.type = x.type;
                if (op == Operator.DIV && (Constants.isZero(y.value) || b.isComplex() && Constants.squareUnderflows(y.value))) {
                    check.error(y.expr.pos(), "invalid operation: division by zero");
                    r.invalidate();
                    return r;
                }
                r.value = Constants.binary(x.value, op, y.value, b.isInteger() || (b.isUntyped() && x.value instanceof Constant.Int && y.value instanceof Constant.Int && b.kind() != Basic.Kind.UNTYPED_FLOAT));
                if (untypedOverflow(r, op, at)) return r;
                representable(r, at);
            }
            return r;
        }
        if (comparison) {
            r.mode = Mode.VALUE;
            r.type = Universe.UNTYPED_BOOL;
            if (x.isUntyped()) convertUntyped(x, Universe.defaultType(x.type));
            if (y.isUntyped()) convertUntyped(y, Universe.defaultType(y.type));
            return r;
        }
        r.mode = Mode.VALUE;
        r.type = x.type;
        return r;
    }

    /** Checks {@code x << y} / {@code x >> y}. */
    private Operand shift(Operand x, Operand y, Operator op, Node at, Operand r) {
        // the count: an integer, or an untyped constant representable as uint
        if (y.mode == Mode.CONSTANT) {
            Constant c = y.isUntyped() ? Constants.convert(y.value, Universe.UNTYPED_INT) : y.value;
            if (c instanceof Constant.Float f && Constants.isIntegral(f)) c = new Constant.Int(f.value().toBigIntegerExact());
            if (c instanceof Constant.Int n && n.value().signum() < 0) {
                check.error(y.expr.pos(), "invalid shift count " + describe(y) + " (must be non-negative)");
                r.invalidate();
                return r;
            }
            if (y.isUntyped() && Constants.convert(y.value, Universe.UINT) == null) { // as types2's representable(y, uint)
                check.error(goj.syntax.Syntax.startPos(y.expr), describe(y) + (((Basic) y.type).isInteger() ? " overflows " : " truncated to ") + Universe.UINT);
                r.invalidate();
                return r;
            }
            if (!(c instanceof Constant.Int)) {
                check.error(y.expr.pos(), "invalid operation: shift count " + describe(y) + " must be integer");
                r.invalidate();
                return r;
            }
            y.value = c;
            if (y.isUntyped()) convertUntyped(y, Universe.UINT);
        } else if (!(y.type.underlying() instanceof Basic yb && yb.isInteger())) {
            check.error(y.expr.pos(), "invalid operation: shift count " + describe(y) + " must be integer");
            r.invalidate();
            return r;
        } else if (!yb.isUnsigned() && !yb.isUntyped()
                && !check.verifyVersion(goj.syntax.Syntax.startPos(y.expr), 13, "invalid operation: signed shift count " + describe(y))) {
            r.invalidate();
            return r;
        }
        if (x.mode == Mode.CONSTANT) {
            Constant v = x.value;
            Type lhsType = x.type;
            if (v instanceof Constant.Float f && Constants.isIntegral(f) && x.isUntyped()) {
                v = new Constant.Int(f.value().toBigIntegerExact());
                x.type = Universe.UNTYPED_INT;
            }
            if (!(v instanceof Constant.Int xi) || !(x.type.underlying() instanceof Basic xb && xb.isInteger())) {
                check.error(x.expr.pos(), "invalid operation: shifted operand " + describe(x) + " must be integer");
                r.invalidate();
                return r;
            }
            if (y.mode == Mode.CONSTANT) {
                int n = ((Constant.Int) y.value).value().min(java.math.BigInteger.valueOf(10000)).intValue();
                r.mode = Mode.CONSTANT;
                r.type = x.type;
                r.value = new Constant.Int(op == Operator.SHL ? xi.value().shiftLeft(n) : xi.value().shiftRight(n));
                if (!untypedOverflow(r, op, at)) representable(r, at);
                return r;
            }
            // a non-constant shift of an untyped constant: the result keeps the constant's untyped
            // type and takes its type from the context (convertUntyped records it and rejects
            // non-integer ones), as the spec says
            if (x.isUntyped()) {
                r.mode = Mode.VALUE;
                r.type = lhsType;
                return r;
            }
        } else if (!(x.type.underlying() instanceof Basic xb && xb.isInteger())) {
            check.error(x.expr.pos(), "invalid operation: shifted operand " + describe(x) + " must be integer");
            r.invalidate();
            return r;
        }
        r.mode = Mode.VALUE;
        r.type = x.type;
        return r;
    }

    /**
     * Converts an untyped operand of a binary operation to the other side's type where types2's
     * mayConvert allows it (numbers with numbers, strings with strings, nil with types that have
     * nil, booleans with anything else but pointers); two untyped numbers meet at the larger kind.
     */
    void matchTypes(Operand x, Operand y) {
        if (!mayConvert(x, y)) return;
        if (x.isUntyped() && y.isUntyped()) {
            Basic a = (Basic) x.type, b = (Basic) y.type;
            if (a.isNumeric() && b.isNumeric()) {
                Basic k = a.kind().compareTo(b.kind()) >= 0 ? a : b;
                x.type = k;
                y.type = k;
                if (k == Universe.UNTYPED_FLOAT) {
                    if (x.value != null) x.value = Constants.toFloat(x.value);
                    if (y.value != null) y.value = Constants.toFloat(y.value);
                } else if (k == Universe.UNTYPED_COMPLEX) {
                    if (x.value != null) x.value = Constants.toComplex(x.value);
                    if (y.value != null) y.value = Constants.toComplex(y.value);
                }
            }
            return;
        }
        Operand u = x.isUntyped() ? x : y, t = u == x ? y : x;
        implicitConversion(u, t.type);
        if (u.invalid()) { x.invalidate(); y.invalidate(); }
    }

    private static boolean isNumeric(Type t) { return t.underlying() instanceof Basic b && b.isNumeric(); }

    private static boolean isString(Type t) { return t.underlying() instanceof Basic b && b.isString(); }

    /**
     * types2's comparison rules for {@code x op y} (after matchTypes): null if the comparison is
     * valid, else the error's parenthesized cause, prefixed by {@code x} or {@code y} for the
     * operand the error is reported at.
     */
    String comparisonError(Operand x, Operand y, Operator op, boolean switchCase) {
        if (!assignableTo(x, y.type) && !assignableTo(y, x.type)) return "y (mismatched types " + x.type + " and " + y.type + ")";
        Operand errOp;
        String cause = "";
        if (switchCase || op == Operator.EQL || op == Operator.NEQ) {
            if (isNil(x) || isNil(y)) {
                Type t = isNil(x) ? y.type : x.type;
                if (Types.hasNil(t)) return null;
                errOp = y; // nil == nil
            } else if (!Types.comparable(x.type)) {
                errOp = x;
                cause = incomparableCause(x.type);
            } else if (!Types.comparable(y.type)) {
                errOp = y;
                cause = incomparableCause(y.type);
            } else {
                return null;
            }
        } else if (!(x.type.underlying() instanceof Basic xb && xb.isOrdered())) {
            errOp = x;
        } else if (!(y.type.underlying() instanceof Basic yb && yb.isOrdered())) {
            errOp = y;
        } else {
            return null;
        }
        if (cause.isEmpty() && (x.type instanceof TypeParam || y.type instanceof TypeParam)) {
            if (!(x.type instanceof TypeParam)) errOp = y;
            cause = "type parameter " + errOp.type + " cannot use operator " + (switchCase ? Operator.EQL : op);
        }
        if (cause.isEmpty()) cause = "operator " + (switchCase ? Operator.EQL : op) + " not defined on " + kindString(errOp.type);
        return (errOp == x ? "x" : "y") + " (" + cause + ")";
    }

    /** Whether {@code x} is the predeclared nil (possibly already given the other operand's type). */
    private boolean isNil(Operand x) {
        return x.type == Universe.UNTYPED_NIL || goj.syntax.Syntax.unparen(x.expr) instanceof Name n && check.info.uses.get(n) instanceof Nil;
    }

    /** types2's assignableTo for an operand: an untyped one as implicitTypeAndValue would convert it (without reporting). */
    private static boolean assignableTo(Operand x, Type t) {
        if (!x.isUntyped()) return Types.assignable(x.type, t);
        Basic from = (Basic) x.type;
        return switch (t.underlying()) {
            case Basic tb when tb.isUntyped() -> from == tb || from.isNumeric() && tb.isNumeric();
            case Basic tb when from == Universe.UNTYPED_NIL -> Types.hasNil(tb);
            case Basic tb -> (from.isBoolean() ? tb.isBoolean() : from.isString() ? tb.isString() : from.isNumeric() && tb.isNumeric())
                    && (x.mode != Mode.CONSTANT || Constants.convert(x.value, tb) != null);
            case Interface i -> from == Universe.UNTYPED_NIL || i.isEmpty();
            case Pointer p -> from == Universe.UNTYPED_NIL;
            case Signature s -> from == Universe.UNTYPED_NIL;
            case Slice s -> from == Universe.UNTYPED_NIL;
            case MapType m -> from == Universe.UNTYPED_NIL;
            case Chan c -> from == Universe.UNTYPED_NIL;
            default -> false;
        };
    }

    /** types2's incomparableCause: why values of {@code t} cannot be compared ("" if there is nothing more specific). */
    private static String incomparableCause(Type t) {
        return switch (t.underlying()) {
            case Slice s -> "slice can only be compared to nil";
            case Signature s -> "func can only be compared to nil";
            case MapType m -> "map can only be compared to nil";
            default -> {
                String c = comparableCause(t);
                yield c == null ? "" : c;
            }
        };
    }

    /** types2's comparableType (dynamic): null if {@code t} is comparable, else the cause ("" if none is more specific). */
    private static String comparableCause(Type t) {
        return switch (t.underlying()) {
            case Basic b -> b == Universe.UNTYPED_NIL ? "" : null;
            case Pointer p -> null;
            case Chan c -> null;
            case Interface i -> null;
            case Struct st -> {
                for (Struct.Field f : st.fields()) if (comparableCause(f.type()) != null) yield "struct containing " + f.type() + " cannot be compared";
                yield null;
            }
            case Array a -> comparableCause(a.elem()) != null ? t + " cannot be compared" : null;
            default -> "";
        };
    }

    /**
     * types2's mayConvert: whether the untyped one of a binary operation's operands may take the
     * other's type. Numbers, booleans and strings convert only to their own kind (any of them to
     * an interface), nil only to a type that has nil, and nothing to a pointer.
     */
    private static boolean mayConvert(Operand x, Operand y) {
        if (!x.isUntyped() && !y.isUntyped()) return false;
        if (basicIs(x.type, Basic::isNumeric) != basicIs(y.type, Basic::isNumeric)) return false;
        if (nonTypeParamInterface(x.type) || nonTypeParamInterface(y.type)) return true;
        if (basicIs(x.type, Basic::isBoolean) != basicIs(y.type, Basic::isBoolean)) return false;
        if (basicIs(x.type, Basic::isString) != basicIs(y.type, Basic::isString)) return false;
        if (x.type == Universe.UNTYPED_NIL) return Types.hasNil(y.type);
        if (y.type == Universe.UNTYPED_NIL) return Types.hasNil(x.type);
        return !(x.type.underlying() instanceof Pointer) && !(y.type.underlying() instanceof Pointer);
    }

    /** Whether {@code t} is a basic type satisfying {@code p}; for a type parameter, every type of its type set (types2's allNumeric, allString …). */
    private static boolean basicIs(Type t, java.util.function.Predicate<Basic> p) {
        if (t instanceof TypeParam tp) {
            List<Interface.Term> terms = tp.iface().terms();
            return !terms.isEmpty() && terms.stream().allMatch(term -> term.type().underlying() instanceof Basic b && p.test(b));
        }
        return t.underlying() instanceof Basic b && p.test(b);
    }

    private static boolean nonTypeParamInterface(Type t) {
        return !(t instanceof TypeParam) && t.underlying() instanceof Interface;
    }

    /** Gives untyped operand {@code x} type {@code target}, checking that its value fits. */
    void convertUntyped(Operand x, Type target) {
        if (!x.isUntyped() || target == Universe.INVALID) return;
        Basic from = (Basic) x.type;
        if (target.underlying() instanceof Interface ti && from != Universe.UNTYPED_NIL) {
            Type d = Universe.defaultType(from);
            String why = Lookup.missingMethod(d, ti);
            if (why != null) {
                check.error(goj.syntax.Syntax.startPos(x.expr), "cannot use " + x.expr + " (" + describeType(x) + ") as " + target + " value in " + context + ": " + d + " does not implement " + target + " " + why);
                x.invalidate();
                return;
            }
            convertUntyped(x, d);
            return;
        }
        if (from == Universe.UNTYPED_NIL && Types.hasNil(target)) {
            x.type = target;
            check.info.types.put(x.expr, new TypeAndValue(x.mode, x.type, null));
            return;
        }
        if (!(target.underlying() instanceof Basic to)) {
            check.error(goj.syntax.Syntax.startPos(x.expr), "cannot use " + describe(x) + " as " + target + " value");
            x.invalidate();
            return;
        }
        boolean ok = to.isUntyped() ? true
                : from.isBoolean() ? to.isBoolean()
                : from.isString() ? to.isString()
                : from.isNumeric() ? to.isNumeric()
                : false;
        if (!ok && context == null) {
            check.error(goj.syntax.Syntax.startPos(x.expr), "cannot convert " + describe(x) + " to type " + target);
            x.invalidate();
            return;
        }
        if (!ok) {
            check.error(goj.syntax.Syntax.startPos(x.expr), "cannot use " + describe(x) + " as " + target + " value in " + context);
            x.invalidate();
            return;
        }
        if (x.mode == Mode.CONSTANT) {
            Constant v = Constants.convert(x.value, to);
            if (v == null && context == null) {
                check.error(goj.syntax.Syntax.startPos(x.expr), describe(x) + (to.isInteger() && !from.isInteger() ? " truncated to " : " overflows ") + to);
                x.invalidate();
                return;
            }
            if (v == null) {
                String why = to.isInteger() && !from.isInteger() ? " (truncated)" : " (overflows)";
                check.error(goj.syntax.Syntax.startPos(x.expr), "cannot use " + describe(x) + " as " + target + " value in " + context + why);
                x.invalidate();
                return;
            }
            x.value = v;
        }
        if (x.mode != Mode.CONSTANT && (to.isFloat() || to.isComplex()) && !to.isUntyped() && nonIntegerShift(x.expr, target)) {
            x.invalidate();
            return;
        }
        if (x.mode != Mode.CONSTANT) typeUntypedOperands(x.expr, to);
        x.type = target;
        check.info.types.put(x.expr, new TypeAndValue(x.mode, x.type, x.value));
    }

    /**
     * Records type {@code to} for the untyped operands inside non-constant untyped expression
     * {@code e} (a shift of an untyped constant, or arithmetic on one) that is becoming a {@code
     * to}: the shifted constant has the type the whole expression takes. Operands of comparisons
     * keep theirs.
     */
    private void typeUntypedOperands(Expr e, Basic to) {
        TypeAndValue tv = check.info.types.get(e);
        if (tv == null || !(tv.type() instanceof Basic b && b.isUntyped()) || b == Universe.UNTYPED_NIL) return;
        switch (e) {
            case ParenExpr p -> typeUntypedOperands(p.x, to);
            case Operation op when op.y == null -> typeUntypedOperands(op.x, to);
            case Operation op when op.op == Operator.SHL || op.op == Operator.SHR -> typeUntypedOperands(op.x, to);
            case Operation op when op.op.prec() != Operator.PREC_CMP -> {
                typeUntypedOperands(op.x, to);
                typeUntypedOperands(op.y, to);
            }
            default -> { }
        }
        Constant v = tv.value() == null ? null : Constants.convert(tv.value(), to);
        if (tv.type() == to || tv.value() != null && v == null) return;
        check.info.types.put(e, new TypeAndValue(tv.mode(), to, v));
    }

    /**
     * Reports the non-constant shifts of untyped constants in untyped expression {@code e} that
     * is becoming a {@code target} (a float or complex type): their operand would have that type.
     */
    private boolean nonIntegerShift(Expr e, Type target) {
        return switch (e) {
            case ParenExpr p -> nonIntegerShift(p.x, target);
            case Operation op when op.op == Operator.SHL || op.op == Operator.SHR -> {
                check.error(goj.syntax.Syntax.startPos(op.x), "invalid operation: shifted operand " + op.x + " (type " + target + ") must be integer");
                yield true;
            }
            case Operation op when op.y == null -> nonIntegerShift(op.x, target);
            case Operation op when op.op.prec() != Operator.PREC_CMP && op.op != Operator.ANDAND && op.op != Operator.OROR ->
                nonIntegerShift(op.x, target) | nonIntegerShift(op.y, target);
            default -> false;
        };
    }

    /** What an untyped operand is being converted for, in messages; null for types2's implicit conversions. */
    private String context = "assignment";

    /**
     * types2's convertUntyped (operands of operators and builtins): reported as {@code X truncated
     * to T}, {@code X overflows T} rather than as an assignment.
     */
    void implicitConversion(Operand x, Type target) {
        String saved = context;
        context = null;
        try { convertUntyped(x, target); } finally { context = saved; }
    }

    /**
     * Why a value of type {@code v} is not assignable to type {@code t} ("" if nothing more
     * specific can be said), as types2's assignableTo explains it: what an interface is missing,
     * a pointer to an interface, or a needed type assertion.
     */
    static String notAssignableCause(Type v, Type t) {
        if (t.underlying() instanceof Interface ti && !(t instanceof TypeParam)) {
            String why = Lookup.missingMethod(v, ti);
            if (why != null) return v + " does not implement " + t + " " + why;
        }
        if (t.underlying() instanceof Pointer p && p.elem().underlying() instanceof Interface) {
            return v + " does not implement " + t + " (type " + t + " is pointer to interface, not interface)";
        }
        if (v.underlying() instanceof Interface vi && !(v instanceof TypeParam) && Lookup.missingMethod(t, vi) == null) return "need type assertion";
        return "";
    }

    /** Checks that {@code x} can be assigned to a variable of type {@code t} and converts it. */
    void assignment(Operand x, Type t, String ctx) {
        if (x.invalid() || t == Universe.INVALID) return;
        String saved = context;
        context = ctx;
        try {
            if (x.isUntyped() && x.type != Universe.UNTYPED_NIL) { convertUntyped(x, t); return; }
            if (x.type == Universe.UNTYPED_NIL) {
                if (!Types.hasNil(t)) {
                    check.error(goj.syntax.Syntax.startPos(x.expr), "cannot use nil as " + t + " value in " + ctx);
                    x.invalidate();
                } else {
                    x.type = t;
                    check.info.types.put(x.expr, new TypeAndValue(x.mode, t, null));
                }
                return;
            }
            if (!Types.assignable(x.type, t)) {
                String why = notAssignableCause(x.type, t);
                check.error(goj.syntax.Syntax.startPos(x.expr), "cannot use " + x.expr + " (" + describeType(x) + ") as " + t + " value in " + ctx + (why.isEmpty() ? "" : ": " + why));
                x.invalidate();
            }
        } finally {
            context = saved;
        }
    }

    /** Requires typed constant {@code x} (the result of an operation) to be representable in its type. */
    /** types2's precision of untyped integer constants, in bits. */
    private static final int CONST_PREC = 512;

    /**
     * Reports (at the operator) and invalidates an untyped integer constant result that grew
     * beyond {@link #CONST_PREC} bits, as types2 does: "constant multiplication overflow".
     */
    private boolean untypedOverflow(Operand r, Operator op, Node at) {
        if (!r.isUntyped() || !(r.value instanceof Constant.Int i) || i.value().bitLength() <= CONST_PREC) return false;
        String name = switch (op) {
            case ADD -> "addition ";
            case SUB -> "subtraction ";
            case XOR -> "bitwise XOR ";
            case MUL -> "multiplication ";
            case SHL -> "shift ";
            default -> "";
        };
        check.error(at.pos(), "constant " + name + "overflow");
        r.invalidate();
        return true;
    }

    /**
     * After a constant operation at {@code at}: a typed constant must be representable in its type,
     * and an untyped integer constant must not grow beyond 512 bits (types2's overflow check).
     */
    private void representable(Operand x, Node at) {
        if (!(x.type.underlying() instanceof Basic b)) return;
        if (b.isUntyped()) {
            if (x.value instanceof Constant.Int i && i.value().abs().bitLength() > 512) {
                check.error(at.pos(), "constant " + opName(x.expr) + "overflow");
                x.invalidate();
            }
            return;
        }
        Constant v = Constants.convert(x.value, b);
        if (v == null) {
            check.error(goj.syntax.Syntax.startPos(x.expr), describe(x) + " overflows " + x.type);
            x.invalidate();
        } else {
            x.value = v;
        }
    }

    /** The name of the operation of {@code e} (with a trailing space) as overflow messages give it, or "". */
    private static String opName(Expr e) {
        if (!(e instanceof Operation op)) return "";
        String name = op.y == null ? (op.op == Operator.XOR ? "bitwise complement" : null) : switch (op.op) {
            case ADD -> "addition";
            case SUB -> "subtraction";
            case XOR -> "bitwise XOR";
            case MUL -> "multiplication";
            case SHL -> "shift";
            default -> null;
        };
        return name == null ? "" : name + " ";
    }

    /** The value of constant integer index expression {@code e} (already checked), or -1. */
    long constIndex(Expr e) {
        TypeAndValue tv = check.info.types.get(e);
        if (tv != null && tv.value() instanceof Constant.Int i && i.value().bitLength() < 63) return i.value().longValue();
        return -1;
    }

    /** Checks case value {@code e} of a switch on {@code tag} (as {@code e == tag}, errors at e); returns it, converted to the tag's type (invalid if it is not a valid case). */
    Operand caseValue(Expr e, Operand tag) {
        Operand c = expr(e);
        if (c.invalid() || tag.invalid()) return c;
        if (c.isUntyped()) {
            implicitConversion(c, tag.type);
            if (c.invalid()) return c;
        }
        String why = comparisonError(c, tag, Operator.EQL, true);
        if (why != null) {
            check.error(goj.syntax.Syntax.startPos(e), "invalid case " + e + " in switch on " + tag.expr + why.substring(1));
            c.invalidate();
        }
        return c;
    }

    // ---- calls ----

    private void call(Operand x, CallExpr c) {
        Operand f = rawExpr(c.fun);
        if (f.invalid()) {
            for (Expr a : c.args) rawExpr(a);
            x.invalidate();
            return;
        }
        switch (f.mode) {
            case BUILTIN -> Builtins.call(check, this, x, c, f.builtin);
            case TYPEXPR -> conversion(x, c, f.type);
            default -> {
                if (!(f.type.underlying() instanceof Signature sig)) {
                    if (f.type != Universe.INVALID) check.error(goj.syntax.Syntax.startPos(f.expr), "invalid operation: cannot call " + describe(f) + ": " + f.type + " is not a function");
                    x.invalidate();
                    return;
                }
                boolean generic = f.func != null && f.func.needsInstantiation();
                List<Operand> args = callArgs(c, generic ? null : sig, generic);
                if (generic) {
                    Func g = f.func;
                    List<Type> targs = check.generics.infer(g, f.targs == null ? List.of() : f.targs, args, c);
                    if (targs == null) { x.invalidate(); return; }
                    Subst s = new Subst(g.tparams, targs);
                    for (int i = 0; i < targs.size(); i++) {
                        String why = check.generics.unsatisfied(targs.get(i), g.tparams.get(i), s, c.fun);
                        if (why != null) { check.error(c.pos(), why); x.invalidate(); return; }
                    }
                    Func inst = check.generics.instantiateFunc(g, targs);
                    useInstance(c.fun, inst);
                    sig = (Signature) inst.type();
                    instantiateArgs(c, sig, args);
                }
                arguments(c, sig, args);
                switch (sig.results().size()) {
                    case 0 -> { x.mode = Mode.NOVALUE; x.type = Tuple.EMPTY; }
                    case 1 -> { x.mode = Mode.VALUE; x.type = sig.results().at(0).type(); }
                    default -> { x.mode = Mode.VALUE; x.type = sig.results(); }
                }
            }
        }
    }

    /** Records that {@code fun} (a function name, possibly with type arguments) denotes instance {@code inst}. */
    void useInstance(Expr fun, Func inst) {
        check.info.types.put(fun, new TypeAndValue(Mode.VALUE, inst.type(), null));
        Expr e = fun;
        while (e instanceof ParenExpr p) e = p.x;
        if (e instanceof goj.syntax.IndexExpr ix) {
            check.info.types.put(ix, new TypeAndValue(Mode.VALUE, inst.type(), null));
            e = ix.x;
            while (e instanceof ParenExpr p) e = p.x;
        }
        if (e instanceof goj.syntax.SelectorExpr sel && check.info.selections.get(sel) instanceof Selection s) {
            check.info.selections.put(sel, new Selection(s.kind(), s.path(), inst, inst.type(), s.indirect()));
            check.info.types.put(sel, new TypeAndValue(Mode.VALUE, inst.type(), null));
        }
        if (e instanceof Name n) {
            check.info.uses.put(n, inst);
            check.info.types.put(n, new TypeAndValue(Mode.VALUE, inst.type(), null));
        }
    }

    /** One value operand per result of multi-value call {@code call} (all with the call as their expression). */
    private static List<Operand> results(Expr call, Tuple t) {
        List<Operand> out = new ArrayList<>();
        for (Var v : t.vars()) {
            Operand o = new Operand();
            o.expr = call;
            o.mode = Mode.VALUE;
            o.type = v.type();
            out.add(o);
        }
        return out;
    }

    /** The operands of a call's arguments; a single multi-value call argument is spread into its results. */
    List<Operand> callArgs(CallExpr c) { return callArgs(c, null, false); }

    /**
     * As {@link #callArgs(CallExpr)}, for a callee of signature {@code sig} (null if generic or
     * unknown). For a {@code generic} callee, arguments that are generic functions stay
     * uninstantiated: they get their type arguments from the callee's instantiated parameter
     * types ({@link #instantiateArgs}, Go 1.21).
     */
    private List<Operand> callArgs(CallExpr c, Signature sig, boolean generic) {
        List<Operand> out = new ArrayList<>();
        if (c.args.size() == 1) {
            Operand a = rawExpr(c.args.get(0));
            if (!a.invalid() && a.mode == Mode.VALUE && a.type instanceof Tuple t && t.size() != 1) return results(a.expr, t);
            if (sig != null && sig.params().size() > 0) instantiateFor(a, paramType(c, sig, 0));
            if (!(generic && isGenericFunc(a))) singleValue(a);
            out.add(a);
            return out;
        }
        int n = sig == null ? 0 : sig.params().size();
        for (int i = 0; i < c.args.size(); i++) {
            if (generic) {
                Operand a = rawExpr(c.args.get(i));
                if (!isGenericFunc(a)) singleValue(a);
                out.add(a);
            } else {
                out.add(expr(c.args.get(i), sig != null && (i < n || sig.variadic() && !c.hasDots) ? paramType(c, sig, i) : null));
            }
        }
        return out;
    }

    /** The type argument {@code i} of call {@code c} is assigned to (the element type for a variadic parameter's elements). */
    private static Type paramType(CallExpr c, Signature sig, int i) {
        int n = sig.params().size();
        if (sig.variadic() && !c.hasDots && i >= n - 1) return ((Slice) sig.params().at(n - 1).type()).elem();
        return sig.params().at(i).type();
    }

    /** Whether operand {@code x} is a generic function not instantiated yet. */
    static boolean isGenericFunc(Operand x) {
        return !x.invalid() && x.func != null && x.func.needsInstantiation();
    }

    /** Instantiates the generic function arguments of a call of a generic function, now {@code sig}, from their parameter types. */
    private void instantiateArgs(CallExpr c, Signature sig, List<Operand> args) {
        int n = sig.params().size();
        for (int i = 0; i < args.size(); i++) {
            Operand a = args.get(i);
            if (!isGenericFunc(a)) continue;
            if (i < n || sig.variadic() && !c.hasDots) instantiateFor(a, paramType(c, sig, i));
            if (!a.invalid()) singleValue(a);
        }
    }

    /** Checks call arguments against a signature (variadic parameters included), as types2's arguments. */
    void arguments(CallExpr c, Signature sig, List<Operand> args) {
        int n = sig.params().size();
        String ctx = "argument to " + c.fun;
        if (args == null) return;
        int npars = n;
        if (c.hasDots) {
            if (!sig.variadic()) {
                check.error(goj.syntax.Syntax.startPos(c), "cannot use ... in call to non-variadic " + c.fun);
                return;
            }
            if (c.args.size() == 1 && args.size() > 1) {
                check.error(goj.syntax.Syntax.startPos(c), "cannot use ... with " + args.size() + "-valued " + c.args.get(0));
                return;
            }
        } else if (sig.variadic()) {
            if (args.size() >= n - 1) npars = args.size();
            else npars--;
        }
        if (args.size() != npars) {
            argCountError(c, c.fun, args, sig.params().vars().stream().map(Var::type).toList(), sig.variadic());
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            Type t = sig.variadic() && !c.hasDots && i >= n - 1 ? ((Slice) sig.params().at(n - 1).type()).elem() : sig.params().at(i).type();
            assignment(args.get(i), t, ctx);
        }
    }

    /**
     * Reports a wrong argument count as types2 does: at the first extra argument, else the last
     * argument (or the call), with the argument types had and the parameter types wanted.
     */
    void argCountError(CallExpr c, Object fun, List<Operand> args, List<Type> params, boolean variadic) {
        int npars = variadic && args.size() < params.size() - 1 ? params.size() - 1 : params.size();
        boolean tooMany = args.size() > npars;
        goj.syntax.Pos at = tooMany ? goj.syntax.Syntax.startPos(args.get(npars).expr)
                : !args.isEmpty() ? goj.syntax.Syntax.startPos(args.getLast().expr) : goj.syntax.Syntax.startPos(c);
        check.error(at, (tooMany ? "too many" : "not enough") + " arguments in call to " + fun
                + "\n\thave " + typesSummary(operandTypes(args), false, c.hasDots)
                + "\n\twant " + typesSummary(params, variadic, false));
    }

    private void conversion(Operand x, CallExpr c, Type t) {
        if (c.args.isEmpty()) {
            check.error(goj.syntax.Syntax.startPos(c), "missing argument in conversion to " + t);
            x.invalidate();
            return;
        }
        if (c.args.size() > 1) {
            for (Expr a : c.args) rawExpr(a);
            check.error(goj.syntax.Syntax.startPos(c.args.getLast()), "too many arguments in conversion to " + t);
            x.invalidate();
            return;
        }
        Operand y = expr(c.args.get(0));
        if (y.invalid()) { x.invalidate(); return; }
        if (c.hasDots) {
            check.error(goj.syntax.Syntax.startPos(c.args.get(0)), "invalid use of ... in conversion to " + t);
            x.invalidate();
            return;
        }
        Basic to = t.underlying() instanceof Basic b ? b : null;
        Basic from = y.type.underlying() instanceof Basic b ? b : null;
        if (y.mode == Mode.CONSTANT && to != null && to != Unsafe.POINTER) {
            // a constant conversion needs only representability (or an integer becoming a string)
            Constant v = Constants.convert(y.value, to);
            if (v == null && from.isInteger() && to.isString()) v = Conversions.runeString(y.value);
            if (v == null) {
                check.error(goj.syntax.Syntax.startPos(y.expr), from.isInteger() && to.isInteger()
                        ? "constant " + y.value + " overflows " + t
                        : "cannot convert " + describe(y) + " to type " + t);
                x.invalidate();
                return;
            }
            x.mode = Mode.CONSTANT;
            x.value = v;
            x.type = t;
            return;
        }
        // a non-constant untyped value (a shift of an untyped constant) gets the conversion's type
        if (y.isUntyped() && y.mode != Mode.CONSTANT && to != null && !to.isInteger() && (to.isNumeric() || to.isString())
                && nonIntegerShift(y.expr, t)) {
            x.invalidate();
            return;
        }
        if (!Conversions.convertible(y.type, t)) {
            String why = notAssignableCause(y.type, t);
            check.error(goj.syntax.Syntax.startPos(y.expr), "cannot convert " + y.expr + " (" + describeType(y) + ") to type " + t + (why.isEmpty() ? "" : ": " + why));
            x.invalidate();
            return;
        }
        if (y.isUntyped()) convertUntyped(y, y.type == Universe.UNTYPED_NIL ? t : Universe.defaultType(y.type));
        x.mode = Mode.VALUE;
        x.type = t;
    }

    // ---- descriptions for messages ----

    /** types2's operand string: {@code expr (description)}, or just {@code nil} for untyped nil. */
    String describe(Operand x) {
        if (x.type == Universe.UNTYPED_NIL && x.mode == Mode.VALUE) return "nil";
        return x.expr + " (" + describeType(x) + ")";
    }

    /**
     * The parenthesized part of types2's operand string: the untyped kind or mode, a constant's
     * value unless it reads as the expression, and the type, named with its structure when it is
     * a defined type ({@code variable of struct type S}, {@code constant 3 of int type Weekday}).
     */
    String describeType(Operand x) {
        if (x.type == Universe.UNTYPED_NIL && x.mode == Mode.VALUE) return "untyped nil";
        StringBuilder b = new StringBuilder();
        boolean hasType = false;
        switch (x.mode) {
            case INVALID, NOVALUE, BUILTIN, TYPEXPR -> { }
            default -> {
                if (x.isUntyped()) b.append(x.type).append(' ');
                else hasType = x.type != null;
            }
        }
        b.append(switch (x.mode) {
            case INVALID -> "invalid operand";
            case NOVALUE -> "no value";
            case BUILTIN -> "built-in";
            case TYPEXPR -> "type";
            case CONSTANT -> "constant";
            case VARIABLE -> "variable";
            case MAPINDEX -> "map index expression";
            case VALUE -> "value";
            case COMMAOK -> "comma, ok expression";
        });
        if (x.mode == Mode.CONSTANT && x.value != null && !x.value.toString().equals(String.valueOf(x.expr))) b.append(' ').append(x.value);
        if (hasType && x.type == Universe.INVALID) {
            b.append(" with invalid type");
        } else if (hasType) {
            b.append(" of ");
            if (x.type instanceof Named) {
                String what = kindString(x.type);
                b.append(x.type.underlying() instanceof Basic ub ? ub.name() : what).append(' ');
            }
            b.append("type ").append(x.type);
            if (x.type instanceof TypeParam tp) b.append(" constrained by ").append(check.qualify(tp.constraint()));
        }
        return b.toString();
    }

    /** How types2 names a type's kind in operator messages: the type itself for basic types. */
    static String kindString(Type t) {
        return switch (t.underlying()) {
            case Array a -> "array";
            case Slice s -> "slice";
            case Struct s -> "struct";
            case Pointer p -> "pointer";
            case Signature s -> "func";
            case Interface i -> "interface";
            case MapType m -> "map";
            case Chan c -> "chan";
            default -> t.toString();
        };
    }

}
