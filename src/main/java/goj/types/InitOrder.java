package goj.types;

import goj.syntax.Expr;
import goj.syntax.Name;
import goj.syntax.Node;
import goj.syntax.Walk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spec's package initialization order: repeatedly initialize the earliest variable (in
 * declaration order) that depends on no uninitialized variable, where a reference to a function
 * depends on everything the function's body references, transitively. Reports initialization
 * cycles as gc does.
 */
final class InitOrder {
    private InitOrder() {}

    /**
     * What each variable and function refers to: a variable's declaration (in its type, an array
     * length, or its initializer), a function's body. A function's references are collected when
     * first asked for: most functions are reached from no initializer.
     */
    private static final class Deps {
        private final Checker check;
        private final Map<Func, Node> bodies;
        private final Map<Obj, Set<Obj>> refs = new IdentityHashMap<>();

        Deps(Checker check, Map<Func, Node> bodies) {
            this.check = check;
            this.bodies = bodies;
        }

        Set<Obj> of(Obj o) {
            Set<Obj> r = refs.get(o);
            if (r == null && o instanceof Func f && bodies.get(f) instanceof Node body) refs.put(f, r = refs(check, body));
            return r == null ? Set.of() : r;
        }
    }

    /** Orders {@code inits} (given in declaration order); {@code funcs} maps functions to their bodies. */
    static List<Checker.VarInit> order(Checker check, List<Checker.VarInit> inits, Map<Func, Node> funcs) {
        Deps deps = new Deps(check, funcs);
        Map<Var, Checker.VarInit> owner = new IdentityHashMap<>();
        for (Checker.VarInit vi : inits) for (Var v : vi.lhs()) owner.put(v, vi);
        for (Checker.VarInit vi : inits) {
            Set<Obj> d = refs(check, vi.type());
            d.addAll(refs(check, vi.rhs()));
            for (Var v : vi.lhs()) deps.refs.put(v, d);
        }
        // the variables each initializer needs, through functions
        Map<Checker.VarInit, Set<Var>> needs = new IdentityHashMap<>();
        Set<Obj> reported = new HashSet<>();
        for (Checker.VarInit vi : inits) {
            Set<Var> vars = new LinkedHashSet<>();
            Set<Obj> seen = new HashSet<>();
            List<Obj> work = new ArrayList<>(deps.of(vi.lhs().getFirst()));
            while (!work.isEmpty()) {
                Obj o = work.removeLast();
                if (!seen.add(o)) continue;
                if (o instanceof Var v && owner.containsKey(v)) {
                    if (vi.lhs().contains(v)) {
                        reportCycle(check, v, deps, owner, reported);
                        continue;
                    }
                    vars.add(v);
                } else if (o instanceof Func) {
                    work.addAll(deps.of(o));
                }
            }
            needs.put(vi, vars);
            check.initNeeds.put(vi, vars);
        }
        List<Checker.VarInit> out = new ArrayList<>();
        Set<Var> done = new HashSet<>();
        List<Checker.VarInit> pending = new ArrayList<>(inits);
        while (!pending.isEmpty()) {
            Checker.VarInit next = null;
            for (Checker.VarInit vi : pending) {
                if (done.containsAll(needs.get(vi))) { next = vi; break; }
            }
            if (next == null) { // a cycle among variables: report it, and keep declaration order for the rest
                for (Checker.VarInit vi : pending) for (Var v : vi.lhs()) reportCycle(check, v, deps, owner, reported);
                out.addAll(pending);
                break;
            }
            pending.remove(next);
            out.add(next);
            done.addAll(next.lhs());
        }
        return out;
    }

    /**
     * Reports the initialization cycle through {@code v} as gc does: "v refers to itself", or the
     * cycle's references one per line. A cycle is reported once, for its first variable.
     */
    private static void reportCycle(Checker check, Var v, Deps deps, Map<Var, Checker.VarInit> owner, Set<Obj> reported) {
        List<Obj> path = new ArrayList<>();
        path.add(v);
        if (!findPath(v, v, deps, owner, path, new HashSet<>())) return;
        if (path.stream().anyMatch(reported::contains)) return;
        reported.addAll(path);
        check.cycleError("initialization cycle", path); // from v, the first variable in declaration order
    }

    /** Extends {@code path} (ending in {@code at}) to a path of references back to {@code target}. */
    private static boolean findPath(Obj at, Obj target, Deps deps, Map<Var, Checker.VarInit> owner, List<Obj> path, Set<Obj> seen) {
        for (Obj next : deps.of(at)) {
            if (next == target) return true;
            if (!(next instanceof Func || next instanceof Var nv && owner.containsKey(nv)) || !seen.add(next)) continue;
            path.add(next);
            if (findPath(next, target, deps, owner, path, seen)) return true;
            path.removeLast();
        }
        return false;
    }

    /** The package-level variables and functions that node {@code n} refers to. */
    private static Set<Obj> refs(Checker check, Node n) {
        Set<Obj> out = new LinkedHashSet<>();
        if (n == null) return out;
        Walk.inspect(n, x -> {
            if (x instanceof Name name) {
                Obj o = check.info.uses.get(name);
                if (o instanceof Var v && v.global || o instanceof Func) out.add(o);
            }
            if (x instanceof goj.syntax.SelectorExpr sel && check.info.selections.get(sel) instanceof Selection s
                    && s.kind() != Selection.Kind.FIELD && s.obj() instanceof Func m && m.decl != null) {
                out.add(m); // a method value, expression or call depends on the method's body
            }
            return true;
        });
        return out;
    }

}
