package goj.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Entry points of the syntax stage and small tree utilities. */
public final class Syntax {
    private Syntax() {}

    /** Mode flag: check labels, break/continue/goto/fallthrough and resolve BranchStmt targets (gc does). */
    public static final int CHECK_BRANCHES = 1;
    /** Mode flag: keep all comments in {@link File#comments}. */
    public static final int KEEP_COMMENTS = 2;

    /**
     * Parses one Go source file named {@code filename}. Never throws: every problem becomes a
     * {@link Diagnostic} passed to {@code errors}, worded and positioned like gc's, at most one
     * "syntax error" per line (as gc reports), sorted by position. Returns the tree (possibly partial),
     * or null if no package clause could be parsed.
     */
    public static File parse(String filename, byte[] src, Consumer<Diagnostic> errors, int mode) {
        return parse(PosBase.ofFile(filename), src, errors, mode);
    }

    /** Like {@link #parse(String, byte[], Consumer, int)} with a caller-made file base. */
    public static File parse(PosBase base, byte[] src, Consumer<Diagnostic> errors, int mode) {
        List<Diagnostic> list = new ArrayList<>();
        Diagnostic[] lastSyntax = {null};
        File f = Parser.parse(base, src, d -> {
            if (d.msg().startsWith("syntax error")) {
                Diagnostic last = lastSyntax[0];
                if (last != null && last.pos().line() == d.pos().line()
                        && last.pos().filename().equals(d.pos().filename())) {
                    return; // gc: only one syntax error per line
                }
                lastSyntax[0] = d;
            }
            list.add(d);
        }, mode);
        list.sort((a, b) -> a.pos().compareTo(b.pos()));
        for (Diagnostic d : list) errors.accept(d);
        return f;
    }

    /** Convenience: parses {@code src} and returns the diagnostics only. */
    public static List<Diagnostic> check(String filename, byte[] src, int mode) {
        List<Diagnostic> l = new ArrayList<>();
        parse(filename, src, l::add, mode);
        return l;
    }

    /** x with any enclosing parentheses removed. */
    public static Expr unparen(Expr x) {
        while (x instanceof ParenExpr p) x = p.x;
        return x;
    }

    /** The elements of a ListExpr, x alone otherwise, nothing for null. */
    public static List<Expr> unpackList(Expr x) {
        if (x == null) return List.of();
        if (x instanceof ListExpr l) return l.elems;
        return List.of(x);
    }

    /** The position of the leftmost token of n (like gc's StartPos). */
    public static Pos startPos(Node n) {
        for (;;) {
            switch (n) {
                case File f -> { return new Pos(f.pos().base(), 1, 1, 0); }
                case CompositeLit c -> { if (c.type != null) n = c.type; else return c.pos(); }
                case KeyValueExpr k -> n = k.key;
                case SelectorExpr s -> n = s.x;
                case IndexExpr i -> { if (i.x != null) n = i.x; else return i.pos(); }
                case SliceExpr s -> n = s.x;
                case AssertExpr a -> n = a.x;
                case TypeSwitchGuard t -> n = t.lhs != null ? t.lhs : t.x;
                case Operation o -> { if (o.y != null) n = o.x; else return o.pos(); }
                case CallExpr c -> n = c.fun;
                case ListExpr l -> { if (!l.elems.isEmpty()) n = l.elems.getFirst(); else return l.pos(); }
                case Field f -> { if (f.name != null) n = f.name; else if (f.type != null) n = f.type; else return f.pos(); }
                case SendStmt s -> n = s.chan;
                case AssignStmt a -> n = a.lhs;
                case ExprStmt e -> n = e.x;
                case RangeClause r -> { if (r.lhs != null) n = r.lhs; else return r.pos(); }
                case LabeledStmt l -> n = l.label;
                default -> { return n.pos(); }
            }
            if (n == null) return Pos.NONE;
        }
    }
}
