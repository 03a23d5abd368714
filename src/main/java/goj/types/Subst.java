package goj.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A substitution of types for type parameters, applied structurally. Types without the
 * substituted parameters come back as the same objects, so identity of unaffected types holds.
 */
final class Subst {
    private final Map<TypeParam, Type> map = new IdentityHashMap<>();

    Subst(List<TypeParam> tparams, List<Type> targs) {
        for (int i = 0; i < tparams.size() && i < targs.size(); i++) map.put(tparams.get(i), targs.get(i));
    }

    boolean isEmpty() { return map.isEmpty(); }

    Type apply(Type t) {
        return switch (t) {
            case null -> null;
            case TypeParam tp -> map.getOrDefault(tp, tp);
            case Pointer p -> { Type e = apply(p.elem()); yield e == p.elem() ? p : new Pointer(e); }
            case Slice s -> { Type e = apply(s.elem()); yield e == s.elem() ? s : new Slice(e); }
            case Array a -> { Type e = apply(a.elem()); yield e == a.elem() ? a : new Array(a.len(), e); }
            case Chan c -> { Type e = apply(c.elem()); yield e == c.elem() ? c : new Chan(c.dir(), e); }
            case MapType m -> {
                Type k = apply(m.key()), e = apply(m.elem());
                yield k == m.key() && e == m.elem() ? m : new MapType(k, e);
            }
            case Tuple tu -> apply(tu);
            case Signature s -> {
                Tuple p = apply(s.params()), r = apply(s.results());
                yield p == s.params() && r == s.results() ? s : new Signature(p, r, s.variadic());
            }
            case Struct st -> {
                List<Struct.Field> fs = new ArrayList<>();
                boolean changed = false;
                for (Struct.Field f : st.fields()) {
                    Type ft = apply(f.type());
                    changed |= ft != f.type();
                    fs.add(ft == f.type() ? f : new Struct.Field(f.var().withType(ft), f.embedded(), f.tag()));
                }
                yield changed ? new Struct(fs) : st;
            }
            case Interface it -> {
                List<Func> ms = new ArrayList<>();
                boolean changed = false;
                for (Func m : it.methods()) {
                    Type mt = apply(m.type());
                    changed |= mt != m.type();
                    ms.add(mt == m.type() ? m : m.withType(mt));
                }
                List<Interface.Term> terms = new ArrayList<>();
                for (Interface.Term term : it.terms()) {
                    Type tt = apply(term.type());
                    changed |= tt != term.type();
                    terms.add(new Interface.Term(term.tilde(), tt));
                }
                yield changed ? new Interface(ms, terms, it.isComparable()) : it;
            }
            case Named n when n.origin() != null -> {
                List<Type> args = new ArrayList<>();
                boolean changed = false;
                for (Type a : n.targs()) {
                    Type b = apply(a);
                    changed |= b != a;
                    args.add(b);
                }
                yield changed ? Named.instantiate(n.origin(), args) : n;
            }
            case Named n when n.isGeneric() -> { // the generic type named inside its own declaration
                List<Type> args = n.tparams().stream().map(tp -> apply((Type) tp)).toList();
                yield args.equals(n.tparams()) ? n : Named.instantiate(n, args);
            }
            default -> t;
        };
    }

    Tuple apply(Tuple t) {
        List<Var> vs = new ArrayList<>();
        boolean changed = false;
        for (Var v : t.vars()) {
            Type vt = apply(v.type());
            changed |= vt != v.type();
            vs.add(vt == v.type() ? v : v.withType(vt));
        }
        return changed ? new Tuple(vs) : t;
    }

    /** Whether {@code t} mentions a type parameter (then it is not a concrete type). */
    static boolean hasTypeParams(Type t) {
        return switch (t) {
            case null -> false;
            case TypeParam tp -> true;
            case Pointer p -> hasTypeParams(p.elem());
            case Slice s -> hasTypeParams(s.elem());
            case Array a -> hasTypeParams(a.elem());
            case Chan c -> hasTypeParams(c.elem());
            case MapType m -> hasTypeParams(m.key()) || hasTypeParams(m.elem());
            case Tuple tu -> tu.vars().stream().anyMatch(v -> hasTypeParams(v.type()));
            case Signature s -> hasTypeParams(s.params()) || hasTypeParams(s.results());
            case Struct st -> st.fields().stream().anyMatch(f -> hasTypeParams(f.type()));
            case Interface it -> it.methods().stream().anyMatch(m -> hasTypeParams(m.type()))
                    || it.terms().stream().anyMatch(term -> hasTypeParams(term.type()));
            case Named n -> n.isGeneric() || n.targs().stream().anyMatch(Subst::hasTypeParams);
            default -> false;
        };
    }
}
