package goj.types;

import goj.syntax.CallExpr;
import goj.syntax.Expr;
import goj.syntax.Field;
import goj.syntax.FuncDecl;
import goj.syntax.ListExpr;
import goj.syntax.Name;
import goj.syntax.Node;
import goj.syntax.Operation;
import goj.syntax.Operator;
import goj.syntax.ParenExpr;
import goj.syntax.Pos;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generics: type parameter lists and constraints, instantiation of generic types and functions,
 * type inference from call arguments, and the checking of concrete instances.
 *
 * <p>goj compiles generics by instantiation (monomorphization). A generic declaration is checked
 * once with its type parameters as types; every concrete instance — a generic function with
 * type arguments that mention no type parameter, or each method of a concrete instance of a
 * generic type — is checked again with each type parameter name bound to its type argument,
 * into an {@link Info} of its own ({@link Func#bodyInfo}). The SSA builder builds those
 * instances like ordinary functions and never sees a type parameter.
 */
final class Generics {
    /** More concrete instances than this means an instantiation cycle ({@code f[T]} calling {@code f[[]T]}). */
    private static final int MAX_INSTANCES = 5_000;

    private final Checker check;
    /** Concrete instances of generic functions and methods, in the order they were found. */
    final List<Func> instances = new ArrayList<>();
    private int checkedInstances;
    private final Map<Func, List<Func>> funcInstances = new IdentityHashMap<>();
    /** The package's generic types (whose concrete instances need their methods instantiated). */
    final List<Named> genericTypes = new ArrayList<>();
    /** The concrete instances of the package's generic types, in the order they were found. */
    final List<Named> typeInstances = new ArrayList<>();
    /** How many of each generic type's instances {@link #checkInstances} has looked at. */
    private final Map<Named, Integer> scannedInstances = new IdentityHashMap<>();
    private final java.util.Set<Named> instantiatedTypes = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** The scope declaring a generic function's or method's type parameters. */
    final Map<Func, Scope> tparamScopes = new IdentityHashMap<>();

    Generics(Checker check) { this.check = check; }

    // ---- declarations ----

    /** Declares the type parameters of {@code fields} in {@code s} and checks their constraints. */
    List<TypeParam> declareTypeParams(List<Field> fields, Scope s) {
        return declareTypeParams(fields, s, new ArrayList<>());
    }

    /**
     * As {@link #declareTypeParams(List, Scope)}, adding them to {@code tps} before the constraints
     * are checked (a constraint may refer to the generic type being declared).
     */
    List<TypeParam> declareTypeParams(List<Field> fields, Scope s, List<TypeParam> tps) {
        for (Field f : fields) {
            TypeName tn = new TypeName(f.name.pos(), check.pkg, f.name.value, Universe.INVALID);
            TypeParam tp = new TypeParam(tn, tps.size());
            tn.type = tp;
            check.info.defs.put(f.name, tn);
            check.declare(s, f.name, tn);
            tps.add(tp);
        }
        Scope saved = check.scope;
        check.scope = s;
        for (int i = 0; i < fields.size(); i++) tps.get(i).constraint = constraint(fields.get(i).type);
        check.scope = saved;
        return tps;
    }

    /** The constraint a type parameter's bound denotes: an interface, or a union or type as {@code interface{ T }}. */
    Type constraint(Expr e) {
        List<Interface.Term> terms = new ArrayList<>();
        if (isTermList(e)) {
            collectTerms(e, terms);
            return new Interface(List.of(), terms, false);
        }
        Type t = check.exprs.typeExpr(e);
        if (t == Universe.INVALID || t.underlying() instanceof Interface) return t;
        return new Interface(List.of(), List.of(new Interface.Term(false, t)), false);
    }

    static boolean isTermList(Expr e) {
        while (e instanceof ParenExpr p) e = p.x;
        return e instanceof Operation op && (op.op == Operator.OR && op.y != null || op.op == Operator.TILDE && op.y == null);
    }

    /** Adds the terms of union {@code e} ({@code A | ~B | ...}). */
    void collectTerms(Expr e, List<Interface.Term> out) {
        while (e instanceof ParenExpr p) e = p.x;
        if (e instanceof Operation op && op.op == Operator.OR && op.y != null) {
            collectTerms(op.x, out);
            collectTerms(op.y, out);
            return;
        }
        boolean tilde = e instanceof Operation op && op.op == Operator.TILDE && op.y == null;
        Expr te = tilde ? ((Operation) e).x : e;
        Type t = check.exprs.typeExpr(te);
        if (t == Universe.INVALID) return;
        if (tilde && t.underlying() != t) {
            check.error(e.pos(), "invalid use of ~ (underlying type of " + t + " is " + t.underlying() + ")");
            return;
        }
        if (t.underlying() instanceof Interface it && !tilde) {
            if (!it.terms().isEmpty()) out.addAll(it.terms());
            return;
        }
        out.add(new Interface.Term(tilde, t));
    }

    /** The type arguments written in index expression {@code index} ({@code [A, B]}). */
    List<Type> typeArgs(Expr index) {
        List<Type> out = new ArrayList<>();
        for (Expr e : index instanceof ListExpr l ? l.elems : List.of(index)) out.add(check.exprs.typeExpr(e));
        return out;
    }

    private static List<Expr> argExprs(Expr index) {
        return index instanceof ListExpr l ? l.elems : List.of(index);
    }

    // ---- instantiation ----

    /** {@code g[targs]} for a generic type, checked against its constraints; null after an error. */
    Named instantiateType(Named g, Expr index, Pos at) {
        List<Type> targs = typeArgs(index, g.obj().name(), g.tparams(), at);
        return targs == null ? null : Named.instantiate(g, targs);
    }

    /** {@code A[targs]} for a generic alias: its type with the type arguments substituted; null after an error. */
    Type instantiateAlias(TypeName a, Expr index, Pos at) {
        List<Type> targs = typeArgs(index, a.name(), a.aliasTparams, at);
        return targs == null ? null : new Subst(a.aliasTparams, targs).apply(a.type());
    }

    /** The type arguments of {@code name[index]}, checked in number and against their constraints; null after an error. */
    private List<Type> typeArgs(Expr index, String name, List<TypeParam> tparams, Pos at) {
        List<Type> targs = typeArgs(index);
        if (targs.contains(Universe.INVALID)) return null;
        int want = tparams.size();
        if (targs.size() != want) {
            check.error(targs.size() < want ? at : argExprs(index).get(want).pos(), (targs.size() < want ? "not enough" : "too many")
                    + " type arguments for type " + name + ": have " + targs.size() + ", want " + want);
            return null;
        }
        Subst s = new Subst(tparams, targs);
        for (int i = 0; i < want; i++) {
            String why = unsatisfied(targs.get(i), tparams.get(i), s);
            if (why != null) { check.error(argExprs(index).get(i).pos(), why); return null; }
        }
        return targs;
    }

    /**
     * Generic function {@code g} with all its type arguments: the canonical instance when they are
     * concrete (its body is checked later), else an instance used only for its signature.
     */
    Func instantiateFunc(Func g, List<Type> targs) {
        Generics root = ROOT.get() != null ? ROOT.get() : this;
        Signature gs = check.signatureOf(g);
        boolean concrete = targs.stream().noneMatch(Subst::hasTypeParams) && (g.recvBase == null || !Subst.hasTypeParams(g.recvBase));
        int skip = g.targs.size(); // a generic method's receiver type arguments come first
        if (concrete) {
            outer:
            for (Func f : root.funcInstances.computeIfAbsent(g, k -> new ArrayList<>())) {
                for (int i = 0; i < targs.size(); i++) if (!Types.identical(f.targs.get(skip + i), targs.get(i))) continue outer;
                return f;
            }
        }
        if (!concrete && check.currentFunc == g.decl) {
            // g instantiating itself with a type built from its own type parameter never ends
            for (int i = 0; i < targs.size() && i < g.tparams.size(); i++) {
                if (!(targs.get(i) instanceof TypeParam) && Subst.hasTypeParams(targs.get(i))) {
                    TypeParam tp = g.tparams.get(i);
                    check.error(tp.obj().pos(), "instantiation cycle:\n\t" + tp.obj().pos() + ": " + tp + " instantiated as " + check.qualify(targs.get(i)));
                    break;
                }
            }
        }
        Func f = new Func(g.pos(), g.pkg(), Named.instanceName(g.name(), targs), new Subst(g.tparams, targs).apply(gs));
        f.decl = g.decl;
        f.origin = g;
        f.recvBase = g.recvBase;
        f.ptrRecv = g.ptrRecv;
        List<Type> all = new ArrayList<>(g.targs);
        all.addAll(targs);
        f.targs = List.copyOf(all);
        if (concrete) {
            root.funcInstances.get(g).add(f);
            root.instances.add(f);
        }
        return f;
    }

    /**
     * Why {@code targ} does not satisfy type parameter {@code tp}'s constraint (with {@code s}
     * applied to it), in gc's words; null if it does.
     */
    String unsatisfied(Type targ, TypeParam tp, Subst s) { return unsatisfied(targ, tp, s, null); }

    /**
     * As {@link #unsatisfied(Type, TypeParam, Subst)}, for a type argument inferred in a call of
     * {@code callee} (non-null): gc reports missing methods found during inference with the call.
     */
    String unsatisfied(Type targ, TypeParam tp, Subst s, Expr callee) {
        Type c = s.apply(tp.constraint());
        if (!(c.underlying() instanceof Interface ci)) return null;
        if (targ instanceof TypeParam) return null; // checked against its own constraint already
        String missing = Lookup.missingMethod(targ, new Interface(ci.methods()));
        if (missing != null && callee != null) {
            return "in call to " + callee + ", " + tp + " (type " + check.qualify(targ) + ") does not satisfy " + check.qualify(c) + " " + missing;
        }
        if (missing != null) return check.qualify(targ) + " does not satisfy " + check.qualify(c) + " " + missing;
        if (!ci.terms().isEmpty() && ci.terms().stream().noneMatch(term -> inTerm(targ, term))) {
            String set = String.join(" | ", ci.terms().stream().map(t -> (t.tilde() ? "~" : "") + check.qualify(t.type())).toList());
            return check.qualify(targ) + " does not satisfy " + check.qualify(c) + " (" + check.qualify(targ) + " missing in " + set + ")";
        }
        if (ci.isComparable() && !Types.comparable(targ)) return check.qualify(targ) + " does not satisfy comparable";
        return null;
    }

    private static boolean inTerm(Type t, Interface.Term term) {
        return term.tilde() ? Types.identical(t.underlying(), term.type().underlying()) : Types.identical(t, term.type());
    }

    // ---- inference ----

    /**
     * Infers the type arguments of generic function {@code g} called with {@code args}, after the
     * {@code explicit} ones; null after reporting an error.
     */
    List<Type> infer(Func g, List<Type> explicit, List<Operand> args, CallExpr c) {
        List<TypeParam> tps = g.tparams;
        Signature sig = check.signatureOf(g);
        Map<TypeParam, Type> m = new IdentityHashMap<>();
        for (int i = 0; i < explicit.size(); i++) m.put(tps.get(i), explicit.get(i));
        int n = sig.params().size();
        List<Type> ptypes = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            Type pt = i < n ? sig.params().at(i).type() : n > 0 ? sig.params().at(n - 1).type() : null;
            if (sig.variadic() && !c.hasDots && i >= n - 1 && pt instanceof Slice sl) pt = sl.elem();
            ptypes.add(pt);
        }
        for (int i = 0; i < args.size(); i++) {
            Operand a = args.get(i);
            if (a.invalid() || a.isUntyped() || ptypes.get(i) == null || Expressions.isGenericFunc(a)) continue; // generic functions: instantiated later
            if (!unify(ptypes.get(i), a.type, m, tps)) {
                check.error(a.expr.pos(), "type " + a.type + " of " + a.expr + " does not match " + inferred(ptypes.get(i), m, tps)
                        + (ptypes.get(i) instanceof TypeParam ? "" : " (cannot infer " + typeParamNames(tps) + ")"));
                return null;
            }
        }
        coreTypeInference(m, tps);
        // untyped constant arguments for parameters of a bare type parameter still unknown: the
        // default type of the largest of their kinds
        Map<TypeParam, Basic> maxUntyped = new java.util.LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            Operand a = args.get(i);
            if (a.invalid() || !a.isUntyped() || a.type == Universe.UNTYPED_NIL || !(ptypes.get(i) instanceof TypeParam tp) || !tps.contains(tp) || m.get(tp) != null) continue;
            Basic t = (Basic) a.type, max = maxUntyped.get(tp);
            if (max != null && max != t && !(max.isNumeric() && t.isNumeric())) {
                check.error(goj.syntax.Syntax.startPos(a.expr), "in call to " + c.fun + ", mismatched types " + max + " and " + t + " (cannot infer " + tp + ")");
                return null;
            }
            if (max == null || t.kind().compareTo(max.kind()) > 0) maxUntyped.put(tp, t);
        }
        maxUntyped.forEach((tp, t) -> m.put(tp, Universe.defaultType(t)));
        List<Type> targs = new ArrayList<>();
        for (TypeParam tp : tps) {
            Type t = m.get(tp);
            if (t == null) {
                check.error(c.pos(), "in call to " + c.fun + ", cannot infer " + tp.obj().name() + " (declared at " + tp.obj().pos() + ")");
                return null;
            }
            targs.add(t);
        }
        return simplify(tps, targs);
    }

    /** Inferred type arguments {@code targs} of {@code tps} without the type parameters they mention (E in []E): substituted until none is left. */
    static List<Type> simplify(List<TypeParam> tps, List<Type> targs) {
        for (int round = 0; round < tps.size(); round++) {
            Subst s = new Subst(tps, targs);
            List<Type> next = targs.stream().map(s::apply).toList();
            if (next.equals(targs)) break;
            targs = next;
        }
        return targs;
    }

    /**
     * Extends {@code m} from the constraints of {@code tps} to a fixed point: a constraint with a
     * single term {@code ~[]E} relates its type parameter to E; a single term without tilde is the
     * type argument.
     */
    static void coreTypeInference(Map<TypeParam, Type> m, List<TypeParam> tps) {
        for (boolean changed = true; changed; ) {
            changed = false;
            for (TypeParam tp : tps) {
                List<Interface.Term> terms = tp.iface().terms();
                if (terms.size() != 1) continue;
                Interface.Term term = terms.get(0);
                Type cur = m.get(tp);
                if (cur == null) {
                    if (!term.tilde()) { m.put(tp, term.type()); changed = true; }
                    continue;
                }
                int before = m.size();
                unify(term.type(), term.tilde() ? cur.underlying() : cur, m, tps);
                changed |= m.size() != before;
            }
        }
    }

    private static String typeParamNames(List<TypeParam> tps) {
        return String.join(", ", tps.stream().map(TypeParam::toString).toList());
    }

    private static Type inferred(Type t, Map<TypeParam, Type> m, List<TypeParam> tps) {
        if (t instanceof TypeParam tp && m.get(tp) != null) return m.get(tp);
        return t;
    }

    /** Unifies parameter type {@code p} (mentioning {@code tps}) with argument type {@code a}, extending {@code m}. */
    static boolean unify(Type p, Type a, Map<TypeParam, Type> m, List<TypeParam> tps) {
        if (p instanceof TypeParam tp && tps.contains(tp)) {
            Type cur = m.get(tp);
            if (cur == null) { m.put(tp, a); return true; }
            if (Types.identical(cur, a)) return true;
            // inexact: a defined type and a type literal with the same underlying type unify to the defined type
            if ((!(cur instanceof Named) || !(a instanceof Named)) && Types.identical(cur.underlying(), a.underlying())) {
                if (a instanceof Named) m.put(tp, a);
                return true;
            }
            // a bidirectional channel and a directional one unify to the directional one
            if (cur.underlying() instanceof Chan cc && a.underlying() instanceof Chan ac && Types.identical(cc.elem(), ac.elem())) {
                if (cc.dir() == goj.syntax.ChanDir.BOTH) m.put(tp, a);
                return true;
            }
            return false;
        }
        if (!Subst.hasTypeParams(p)) return true; // the assignment check that follows decides
        if (p instanceof Named pn && pn.origin() != null) {
            // inexact: a generic defined type unifies with a type literal through its underlying type
            if (!(a instanceof Named)) return unify(pn.underlying(), a, m, tps);
            if (!(a instanceof Named an) || an.origin() != pn.origin()) return false;
            for (int i = 0; i < pn.targs().size(); i++) if (!unify(pn.targs().get(i), an.targs().get(i), m, tps)) return false;
            return true;
        }
        // inexact: a defined type or a type parameter unifies with a type literal through its underlying (core) type
        Type au = (a instanceof Named || a instanceof TypeParam) && !(p instanceof Named) ? a.underlying() : a;
        return switch (p) {
            case Pointer pp -> au instanceof Pointer ap && unify(pp.elem(), ap.elem(), m, tps);
            case Slice ps -> au instanceof Slice as && unify(ps.elem(), as.elem(), m, tps);
            case Array pa -> au instanceof Array aa && pa.len() == aa.len() && unify(pa.elem(), aa.elem(), m, tps);
            case Chan pc -> au instanceof Chan ac && unify(pc.elem(), ac.elem(), m, tps);
            case MapType pm -> au instanceof MapType am && unify(pm.key(), am.key(), m, tps) && unify(pm.elem(), am.elem(), m, tps);
            case Signature ps -> au instanceof Signature as && ps.params().size() == as.params().size()
                    && ps.results().size() == as.results().size() && unify(ps.params(), as.params(), m, tps) && unify(ps.results(), as.results(), m, tps);
            case Tuple pt -> {
                if (!(au instanceof Tuple at) || at.size() != pt.size()) yield false;
                for (int i = 0; i < pt.size(); i++) if (!unify(pt.at(i).type(), at.at(i).type(), m, tps)) yield false;
                yield true;
            }
            case Struct ps -> {
                if (!(au instanceof Struct as) || as.fields().size() != ps.fields().size()) yield false;
                for (int i = 0; i < ps.fields().size(); i++) if (!unify(ps.fields().get(i).type(), as.fields().get(i).type(), m, tps)) yield false;
                yield true;
            }
            default -> true;
        };
    }

    // ---- concrete instances ----

    /**
     * Checks the bodies of all concrete instances found so far and of those they lead to (methods
     * of concrete generic-type instances included), until no new instance appears.
     */
    void checkInstances() {
        Generics saved = ROOT.get();
        ROOT.set(this);
        try {
            checkAllInstances();
        } finally {
            if (saved == null) ROOT.remove(); else ROOT.set(saved);
        }
    }

    /**
     * The package whose instances are being checked: instances that imported generic code makes
     * while its bodies are checked (in their own packages' checkers) are that package's too.
     */
    private static final ThreadLocal<Generics> ROOT = new ThreadLocal<>();

    private void checkAllInstances() {
        long scanned = -1; // generic types are scanned again only when instances were made since
        while (true) {
            long made = Named.instancesMade();
            for (Named g : made == scanned ? List.<Named>of() : allGenericTypes()) {
                int from = scannedInstances.getOrDefault(g, 0);
                List<Named> insts = g.instancesFrom(from);
                scannedInstances.put(g, from + insts.size());
                for (Named inst : insts) {
                    if (Subst.hasTypeParams(inst) || !instantiatedTypes.add(inst)) continue;
                    typeInstances.add(inst);
                    for (Func m : inst.methods()) if (m.origin != null && !m.needsInstantiation()) instances.add(m);
                }
            }
            scanned = made;
            if (checkedInstances >= instances.size()) return;
            Func next = instances.get(checkedInstances++);
            if (instances.size() > MAX_INSTANCES) {
                check.error(next.pos(), "instantiation cycle: too many instances of " + next.origin.name());
                return;
            }
            checkInstance(next);
        }
    }

    /** The generic types of this package and of the packages it imports (their instances made here need methods). */
    private List<Named> allGenericTypes() {
        if (allGenericTypes == null) {
            allGenericTypes = new ArrayList<>(genericTypes);
            for (Package p : check.imported()) if (p.checker != null && p != check.pkg) allGenericTypes.addAll(p.checker.generics.genericTypes);
        }
        return allGenericTypes;
    }

    private List<Named> allGenericTypes;

    /**
     * Checks instance {@code f}'s body with its type parameter names bound to its type arguments,
     * unless it was checked (a method of an instance of an imported generic type, which every
     * importing package sees). An imported generic function is checked in its own package's
     * scopes, by that package's checker: packages importing it may be checked in parallel, so they
     * take turns (holding the checker's lock, one at a time: instance bodies are checked one after
     * the other, never nested).
     */
    private void checkInstance(Func f) {
        Checker owner = f.pkg() != null && f.pkg().checker != null ? f.pkg().checker : check;
        synchronized (owner) {
            if (f.bodyInfo == null) checkInstance(f, owner);
        }
    }

    private void checkInstance(Func f, Checker owner) {
        FuncDecl fd = f.decl;
        Scope bind = new Scope(owner.fileScope(fd));
        List<Name> names = new ArrayList<>(f.isMethod() ? receiverTypeParamNames(fd) : List.of());
        for (Field p : fd.tparams) names.add(p.name);
        for (int i = 0; i < names.size() && i < f.targs.size(); i++) {
            Name n = names.get(i);
            if (n.value.equals("_")) continue;
            bind.insert(new TypeName(n.pos(), check.pkg, n.value, f.targs.get(i)));
        }
        f.bodyInfo = new Info(fd.body == null || fd.body.rbrace == null ? 0 : Math.max(0, fd.body.rbrace.absLine() - fd.pos().absLine() + 1));
        owner.checkInstanceBody(f, bind);
    }

    /** The type parameter names of a generic method's receiver ({@code T} in {@code (l *List[T])}). */
    static List<Name> receiverTypeParamNames(FuncDecl fd) {
        Expr rt = fd.recv.type;
        while (rt instanceof ParenExpr p) rt = p.x;
        if (rt instanceof Operation op && op.op == Operator.MUL && op.y == null) rt = op.x;
        while (rt instanceof ParenExpr p) rt = p.x;
        if (!(rt instanceof goj.syntax.IndexExpr ix)) return List.of();
        List<Name> out = new ArrayList<>();
        for (Expr e : argExprs(ix.index)) {
            if (e instanceof Name n) out.add(n);
        }
        return out;
    }
}
