package goj.types;

import goj.syntax.Expr;
import goj.syntax.Name;
import java.util.IdentityHashMap;
import java.util.Map;

/** The results of type-checking a package, keyed by syntax node identity. */
public final class Info {
    /** Every checked expression's mode, type and constant value. */
    public final Map<Expr, TypeAndValue> types;
    /** The object each defining identifier declares (null for {@code _} and package clauses). */
    public final Map<Name, Obj> defs;
    /** What each field or method selector denotes. */
    public final Map<goj.syntax.SelectorExpr, Selection> selections;
    /** Implicitly declared objects: the variable of each clause of a type switch with {@code v :=}. */
    public final Map<goj.syntax.Node, Obj> implicits = new IdentityHashMap<>();
    /** The object each using identifier denotes. */
    public final Map<Name, Obj> uses;

    public Info() { this(0); }

    /**
     * Results for about {@code lines} lines of source, sized so that the maps rarely grow (std
     * averages per line some 2.3 expressions, 1.3 uses, 0.3 definitions, 0.2 selectors).
     */
    public Info(long lines) {
        int n = (int) Math.min(lines, 1 << 20);
        types = new IdentityHashMap<>(n * 5 / 2);
        uses = new IdentityHashMap<>(n * 3 / 2);
        defs = new IdentityHashMap<>(n / 3);
        selections = new IdentityHashMap<>(n / 4);
    }

    /** The object {@code n} defines or uses, or null. */
    public Obj objectOf(Name n) {
        Obj o = defs.get(n);
        return o != null ? o : uses.get(n);
    }

    public Type typeOf(Expr e) {
        TypeAndValue tv = types.get(e);
        return tv == null ? null : tv.type();
    }

    /**
     * Whether {@code e} contains a function call or channel receive: then len of an array is not
     * constant, and a range over it evaluates it.
     */
    public boolean hasCallOrRecv(goj.syntax.Expr e) {
        boolean[] found = {false};
        goj.syntax.Walk.inspect(e, n -> {
            // conversions and constant builtin calls are not calls here
            boolean call = n instanceof goj.syntax.CallExpr c && !(types.get(c.fun) instanceof TypeAndValue tv && tv.mode() == TypeAndValue.Mode.TYPEXPR)
                    && !(types.get(c) instanceof TypeAndValue cv && cv.mode() == TypeAndValue.Mode.CONSTANT);
            if (call || n instanceof goj.syntax.Operation op && op.op == goj.syntax.Operator.RECV && op.y == null) found[0] = true;
            return !found[0];
        });
        return found[0];
    }
}
