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
        if (!Generics.unify(check.signatureOf(g), ts, m, g.tparams) || !g.tparams.stream().allMatch(m::containsKey)) return;
        List<Type> targs = g.tparams.stream().map(m::get).toList();
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
        if (e instanceof Name n && check.scope.lookupParent(n.value) instanceof Var v) {
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
            x.mode = x.mode == Mode.MAPINDEX ? Mode.VARIABLE : Mode.VALUE;
            check.info.types.put(x.expr, new TypeAndValue(Mode.COMMAOK, x.type, null));
            return;
        }
        if (x.type instanceof Tuple t && t.size() > 1 && x.mode == Mode.VALUE) {
            check.error(x.expr.pos(), "multiple-value " + x.expr + " (value of type " + t + ") in single-value context");
            x.invalidate();
            return;
        }
        switch (x.mode) {
            case NOVALUE -> { check.error(x.expr.pos(), x.expr + " (no value) used as value"); x.invalidate(); }
            case BUILTIN -> { check.error(x.expr.pos(), x.expr + " (built-in) must be called"); x.invalidate(); }
            case TYPEXPR -> { check.error(x.expr.pos(), x.expr + " (type) is not an expression"); x.invalidate(); }
            default -> { }
        }
    }

    /**
     * Checks the right-hand side of an assignment of {@code lhsCount} values: either one expression
     * per value, or a single call returning that many results (then every operand's expression is
     * the call). Returns null after reporting a count mismatch.
     */
    List<Operand> exprList(List<Expr> rhs, int lhsCount, goj.syntax.Node at, String what) {
        return exprList(rhs, lhsCount, at, what, null);
    }

    /** As {@link #exprList(List, int, goj.syntax.Node, String)}, with the types the values are assigned to (or null). */
    List<Operand> exprList(List<Expr> rhs, int lhsCount, goj.syntax.Node at, String what, List<Type> targets) {
        if (rhs.size() == 1 && lhsCount != 1) {
            Operand x = rawExpr(rhs.get(0));
            if (x.invalid()) return null;
            if ((x.mode == Mode.COMMAOK || x.mode == Mode.MAPINDEX) && lhsCount == 2) {
                Operand v = new Operand(), ok = new Operand();
                v.expr = ok.expr = x.expr;
                v.mode = ok.mode = Mode.VALUE;
                v.type = x.type;
                ok.type = Universe.UNTYPED_BOOL;
                check.info.types.put(x.expr, new TypeAndValue(Mode.COMMAOK, x.type, null));
                return List.of(v, ok);
            }
            if (x.type instanceof Tuple t && x.mode == Mode.VALUE) {
                if (t.size() == lhsCount) return results(x.expr, t);
                check.error(at.pos(), "assignment mismatch: " + lhsCount + " " + what + (lhsCount != 1 ? "s" : "") + " but "
                        + rhs.get(0) + " returns " + t.size() + " value" + (t.size() != 1 ? "s" : ""));
                return null;
            }
            singleValue(x);
            if (x.invalid()) return null;
            check.error(at.pos(), "assignment mismatch: " + lhsCount + " " + what + "s but 1 value");
            return null;
        }
        List<Operand> out = new ArrayList<>();
        for (int i = 0; i < rhs.size(); i++) out.add(expr(rhs.get(i), targets != null && i < targets.size() ? targets.get(i) : null));
        if (rhs.size() != lhsCount) {
            check.error(at.pos(), "assignment mismatch: " + lhsCount + " " + what + (lhsCount != 1 ? "s" : "") + " but "
                    + rhs.size() + " value" + (rhs.size() != 1 ? "s" : ""));
            return null;
        }
        return out;
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
            case goj.syntax.InterfaceType it -> { x.mode = Mode.TYPEXPR; x.type = interfaceType(it); }
            case goj.syntax.ChanType ct -> { x.mode = Mode.TYPEXPR; x.type = new Chan(ct.dir, typeExpr(ct.elem)); }
            case goj.syntax.MapType mt -> {
                Type k = typeExpr(mt.key), v = typeExpr(mt.value);
                x.mode = Mode.TYPEXPR;
                x.type = new MapType(k, v);
                if (k != Universe.INVALID && !(k instanceof Named n && n.underlying == null) && !Types.comparable(k)) {
                    check.error(mt.key.pos(), "invalid map key type " + k);
                }
            }
            case goj.syntax.AssertExpr ae -> typeAssertion(x, ae);
            case goj.syntax.ArrayType t -> arrayType(x, t);
            case goj.syntax.FuncType t -> { x.mode = Mode.TYPEXPR; x.type = check.signature(t); }
            case goj.syntax.IndexExpr ix -> Indexing.index(check, this, x, ix);
            case goj.syntax.SliceExpr sx -> Indexing.slice(check, this, x, sx);
            case goj.syntax.CompositeLit lit -> Indexing.compositeLit(check, this, x, lit, null);
            default -> {
                check.unsupported(e, "expression " + e.getClass().getSimpleName());
                x.invalidate();
            }
        }
    }

    private Struct structType(goj.syntax.StructType t) {
        List<Struct.Field> fields = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
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
            } else {
                name = f.name.value;
            }
            Var v = new Var(f.name != null ? f.name.pos() : f.pos(), check.pkg, name, ft, false);
            if (f.name != null) check.info.defs.put(f.name, v);
            if (!name.equals("_") && !names.add(name)) check.error(v.pos(), name + " redeclared\n\t" + v.pos() + ": other declaration of " + name);
            fields.add(new Struct.Field(v, embedded, tag));
        }
        return new Struct(fields);
    }

    private Type interfaceType(goj.syntax.InterfaceType it) {
        List<Func> methods = new ArrayList<>();
        List<Interface.Term> terms = null; // null: no restriction by terms
        boolean comparable = false;
        java.util.Set<String> names = new java.util.HashSet<>();
        for (goj.syntax.Field f : it.methods) {
            if (f.name != null) {
                Signature sig = check.signature((goj.syntax.FuncType) f.type);
                Func m = new Func(f.name.pos(), check.pkg, f.name.value, sig);
                check.info.defs.put(f.name, m);
                if (!names.add(f.name.value)) check.error(f.name.pos(), "duplicate method " + f.name.value);
                methods.add(m);
                continue;
            }
            if (Generics.isTermList(f.type)) {
                List<Interface.Term> union = new ArrayList<>();
                check.generics.collectTerms(f.type, union);
                terms = intersect(terms, union);
                continue;
            }
            Type e = typeExpr(f.type);
            if (e == Universe.INVALID) continue;
            if (!(e.underlying() instanceof Interface ei)) {
                terms = intersect(terms, List.of(new Interface.Term(false, e)));
                continue;
            }
            for (Func m : ei.methods()) if (names.add(m.name())) methods.add(m);
            if (!ei.terms().isEmpty()) terms = intersect(terms, ei.terms());
            comparable |= ei.isComparable();
        }
        return new Interface(methods, terms == null ? List.of() : terms, comparable);
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
            check.error(ae.x.pos(), "invalid operation: " + ae.x + " (" + describeType(v) + ") is not an interface");
            x.invalidate();
            return;
        }
        Type t = typeExpr(ae.type);
        if (t == Universe.INVALID) { x.invalidate(); return; }
        if (!(t.underlying() instanceof Interface) && !(t instanceof TypeParam) && !check.instanceMode) {
            String why = Lookup.missingMethod(t, vi);
            if (why != null) {
                check.error(ae.type.pos(), "impossible type assertion: " + ae.x + ".(" + ae.type + ")\n\t" + t + " does not implement " + v.type + " (" + why + ")");
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
        singleValue(base);
        if (base.invalid()) { x.invalidate(); return; }
        Lookup.Result r = Lookup.find(base.type, sel.sel.value);
        if (r.sel() == null) {
            if (r.ambiguous()) check.error(sel.sel.pos(), "ambiguous selector " + sel);
            else check.error(sel.sel.pos(), sel + " undefined (" + noSuch(base.type, "field or method", sel.sel.value) + ")");
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
            x.mode = base.mode == Mode.VARIABLE || s.indirect() ? Mode.VARIABLE : Mode.VALUE;
            x.type = s.type();
            return;
        }
        Func m = (Func) s.obj();
        if (m.type == Universe.INVALID) { x.invalidate(); return; }
        check.signatureOf(m);
        if (m.ptrRecv && !s.indirect() && base.mode != Mode.VARIABLE && !(base.type instanceof Pointer)) {
            check.error(sel.pos(), "cannot call pointer method " + sel.sel.value + " on " + base.type);
            x.invalidate();
            return;
        }
        // x.m() of a pointer method on an addressable non-pointer x takes x's address
        if (m.ptrRecv && !s.indirect() && !(base.type.underlying() instanceof Pointer)) addressTaken(sel.x);
        x.mode = Mode.VALUE;
        x.type = m.type;
        x.func = m;
    }

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
            check.error(goj.syntax.Syntax.startPos(t.len), "array length " + t.len + " (" + describeType(n) + ") must be constant");
            x.invalidate();
            return;
        }
        Constant c = n.isUntyped() ? Constants.convert(n.value, Universe.UNTYPED_INT) : n.value; // 10 + 0i is an integer
        if (c instanceof Constant.Float f && Constants.isIntegral(f)) c = new Constant.Int(f.value().toBigIntegerExact());
        if (!(c instanceof Constant.Int len) || !(n.type.underlying() instanceof Basic b && (b.isInteger() || b.isUntyped()))) {
            check.error(goj.syntax.Syntax.startPos(t.len), "array length " + t.len + " (" + describeType(n) + ") must be integer");
            x.invalidate();
            return;
        }
        if (len.value().signum() < 0 || len.value().bitLength() > 31) {
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
            check.error(n.pos(), "cannot use _ as value");
            x.invalidate();
            return;
        }
        Obj o = check.scope.lookupParent(n.value);
        if (o == null) {
            check.error(n.pos(), "undefined: " + n.value);
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
        x.mode = Mode.CONSTANT;
        try {
            switch (lit.kind) {
                case INT -> { x.type = Universe.UNTYPED_INT; x.value = new Constant.Int(Literals.parseInt(lit.value)); }
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
                check.error(op.pos(), "invalid operation: cannot take address of " + describe(y));
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
        boolean mixedIface = (op == Operator.EQL || op == Operator.NEQ)
                && (Types.assignable(x.type, y.type) || Types.assignable(y.type, x.type));
        if (!Types.identical(x.type, y.type) && !mixedIface) {
            check.error(goj.syntax.Syntax.startPos(lhs), "invalid operation: " + lhs + " " + op + " " + rhs + " (mismatched types " + x.type + " and " + y.type + ")");
            r.invalidate();
            return r;
        }
        Basic b = x.type.underlying() instanceof Basic bb ? bb : null;
        boolean comparison = op.prec() == Operator.PREC_CMP;
        if (b == null && (op == Operator.EQL || op == Operator.NEQ)) {
            boolean nilCmp = x.expr instanceof Name xn && xn.value.equals("nil") || y.expr instanceof Name yn && yn.value.equals("nil");
            if (!nilCmp && !Types.comparable(x.type)) {
                String what = x.type.underlying() instanceof Slice ? "slice" : x.type.underlying() instanceof Signature ? "func" : "map";
                check.error(at.pos(), "invalid operation: " + lhs + " " + op + " " + rhs + " (" + what + " can only be compared to nil)");
                r.invalidate();
                return r;
            }
            r.mode = Mode.VALUE;
            r.type = Universe.UNTYPED_BOOL;
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
                representable(r, at);
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

    /** Converts untyped operands of a binary operation to the other side's type. */
    void matchTypes(Operand x, Operand y) {
        if (x.isUntyped() != y.isUntyped()) {
            Operand u = x.isUntyped() ? x : y, t = u == x ? y : x;
            if (u.type != Universe.UNTYPED_NIL && t.type.underlying() instanceof Basic tb) {
                // types2's mayConvert: booleans, strings and numbers convert only to their own kind
                Basic ub = (Basic) u.type;
                if (ub.isBoolean() == tb.isBoolean() && ub.isString() == tb.isString()) implicitConversion(u, t.type);
            } else {
                convertUntyped(u, t.type);
            }
        } else if (x.isUntyped() && y.isUntyped()) {
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
        }
    }

    /** Gives untyped operand {@code x} type {@code target}, checking that its value fits. */
    void convertUntyped(Operand x, Type target) {
        if (!x.isUntyped() || target == Universe.INVALID) return;
        Basic from = (Basic) x.type;
        if (target.underlying() instanceof Interface ti && from != Universe.UNTYPED_NIL) {
            Type d = Universe.defaultType(from);
            String why = Lookup.missingMethod(d, ti);
            if (why != null) {
                check.error(goj.syntax.Syntax.startPos(x.expr), "cannot use " + x.expr + " (" + describeType(x) + ") as " + target + " value in " + context + ": " + d + " does not implement " + target + " (" + why + ")");
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
            check.error(goj.syntax.Syntax.startPos(x.expr), "cannot use " + x.expr + " (" + describeType(x) + ") as " + target + " value");
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
            check.error(goj.syntax.Syntax.startPos(x.expr), "cannot use " + x.expr + " (" + describeType(x) + ") as " + target + " value in " + context);
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
                check.error(goj.syntax.Syntax.startPos(x.expr), "cannot use " + x.expr + " (" + describeType(x) + ") as " + target + " value in " + context + why);
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
        if (tv.type() == to || tv.value() != null && Constants.convert(tv.value(), to) == null) return;
        check.info.types.put(e, new TypeAndValue(tv.mode(), to, tv.value() == null ? null : Constants.convert(tv.value(), to)));
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
                String why = t.underlying() instanceof Interface ti ? ": " + x.type + " does not implement " + t + " (" + Lookup.missingMethod(x.type, ti) + ")" : "";
                check.error(goj.syntax.Syntax.startPos(x.expr), "cannot use " + x.expr + " (" + describeType(x) + ") as " + t + " value in " + ctx + why);
                x.invalidate();
            }
        } finally {
            context = saved;
        }
    }

    /** Requires typed constant {@code x} (the result of an operation) to be representable in its type. */
    private void representable(Operand x, Node at) {
        if (!(x.type.underlying() instanceof Basic b) || b.isUntyped()) return;
        Constant v = Constants.convert(x.value, b);
        if (v == null) {
            check.error(goj.syntax.Syntax.startPos(x.expr), describe(x) + " overflows " + x.type);
            x.invalidate();
        } else {
            x.value = v;
        }
    }

    /** The value of constant integer index expression {@code e} (already checked), or -1. */
    long constIndex(Expr e) {
        TypeAndValue tv = check.info.types.get(e);
        if (tv != null && tv.value() instanceof Constant.Int i && i.value().bitLength() < 63) return i.value().longValue();
        return -1;
    }

    /** Checks a case expression against a switch's tag (as {@code tag == e}). */
    void caseValue(Expr e, Operand tag) {
        Operand c = expr(e);
        if (c.invalid()) return;
        if (c.isUntyped()) {
            convertUntyped(c, tag.type);
            return;
        }
        if (!Types.identical(c.type, tag.type) && !Types.assignable(c.type, tag.type) && !Types.assignable(tag.type, c.type)) {
            check.error(e.pos(), "invalid case " + e + " in switch on " + tag.expr + " (mismatched types " + c.type + " and " + tag.type + ")");
        }
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
                List<Operand> args = callArgs(c, f.func != null && f.func.needsInstantiation() ? null : sig);
                if (f.func != null && f.func.needsInstantiation()) {
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
    List<Operand> callArgs(CallExpr c) { return callArgs(c, null); }

    /** As {@link #callArgs(CallExpr)}, for a callee of signature {@code sig} (null if generic or unknown). */
    private List<Operand> callArgs(CallExpr c, Signature sig) {
        List<Operand> out = new ArrayList<>();
        if (c.args.size() == 1) {
            Operand a = rawExpr(c.args.get(0));
            if (!a.invalid() && a.mode == Mode.VALUE && a.type instanceof Tuple t && t.size() != 1) return results(a.expr, t);
            if (sig != null && sig.params().size() > 0) {
                Type p = sig.params().at(0).type();
                instantiateFor(a, sig.variadic() && !c.hasDots && sig.params().size() == 1 ? ((Slice) p).elem() : p);
            }
            singleValue(a);
            out.add(a);
            return out;
        }
        int n = sig == null ? 0 : sig.params().size();
        for (int i = 0; i < c.args.size(); i++) {
            Type target = null;
            if (sig != null && i < n) target = sig.params().at(i).type();
            if (sig != null && sig.variadic() && !c.hasDots && i >= n - 1) target = ((Slice) sig.params().at(n - 1).type()).elem();
            out.add(expr(c.args.get(i), target));
        }
        return out;
    }

    /** Checks call arguments against a signature (variadic parameters included). */
    private void arguments(CallExpr c, Signature sig, List<Operand> args) {
        int n = sig.params().size();
        String ctx = "argument to " + c.fun;
        if (args == null) return;
        if (c.hasDots) {
            if (!sig.variadic()) {
                check.error(c.pos(), "have (...) but function is not variadic: " + c.fun);
                return;
            }
            if (args.size() != n) {
                check.error(c.pos(), (args.size() < n ? "not enough" : "too many") + " arguments in call to " + c.fun);
                return;
            }
            for (int i = 0; i < n; i++) assignment(args.get(i), sig.params().at(i).type(), ctx);
            return;
        }
        if (sig.variadic() ? args.size() < n - 1 : args.size() != n) {
            check.error(c.pos(), (args.size() < n ? "not enough" : "too many") + " arguments in call to " + c.fun);
            return;
        }
        for (int i = 0; i < args.size(); i++) {
            Type t = sig.variadic() && i >= n - 1 ? ((Slice) sig.params().at(n - 1).type()).elem() : sig.params().at(i).type();
            assignment(args.get(i), t, ctx);
        }
    }

    private void conversion(Operand x, CallExpr c, Type t) {
        if (c.args.size() != 1) {
            check.error(c.pos(), (c.args.isEmpty() ? "missing argument in conversion to " : "too many arguments in conversion to ") + t);
            x.invalidate();
            return;
        }
        Operand y = expr(c.args.get(0));
        if (y.invalid()) { x.invalidate(); return; }
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
        if (!Conversions.convertible(y.type, t)) {
            check.error(y.expr.pos(), "cannot convert " + y.expr + " (" + describeType(y) + ") to type " + t);
            x.invalidate();
            return;
        }
        if (y.isUntyped()) convertUntyped(y, y.type == Universe.UNTYPED_NIL ? t : Universe.defaultType(y.type));
        x.mode = Mode.VALUE;
        x.type = t;
    }

    // ---- descriptions for messages ----

    String describe(Operand x) {
        return x.expr + " (" + describeType(x) + ")";
    }

    String describeType(Operand x) {
        String kind = switch (x.mode) {
            case CONSTANT -> x.isUntyped() ? x.type + " constant" : "constant " + x.value + " of type " + x.type;
            case VARIABLE -> "variable of type " + x.type;
            case VALUE -> x.type == Universe.UNTYPED_NIL ? "untyped nil" : x.isUntyped() ? x.type + " value" : "value of type " + x.type;
            default -> x.mode.name().toLowerCase();
        };
        // like types2, a constant's value is shown unless it reads exactly as the expression
        if (x.mode == Mode.CONSTANT && x.isUntyped() && !x.value.toString().equals(x.expr.toString())) kind = x.type + " constant " + x.value;
        return kind;
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
