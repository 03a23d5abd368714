package goj.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Build constraints, the one evaluator goj has: {@code //go:build EXPR} lines (with {@code ||},
 * {@code &&}, {@code !}, parentheses and tags) and the older {@code // +build A,B !C} lines,
 * parsed into an expression tree that is evaluated against a tag predicate or asked for the
 * minimum Go version it implies (go/build/constraint's model).
 *
 * <p>Invariant: a line that is not a constraint, or does not parse, is {@link #parse parsed} to
 * null; callers decide what that means (the test runner ignores such lines, the loader too).
 */
public sealed interface BuildConstraint {
    /** A tag such as {@code linux}, {@code go1.21} or {@code goexperiment.X}. */
    record Tag(String name) implements BuildConstraint {}
    record Not(BuildConstraint x) implements BuildConstraint {}
    record And(BuildConstraint x, BuildConstraint y) implements BuildConstraint {}
    record Or(BuildConstraint x, BuildConstraint y) implements BuildConstraint {}

    /** Whether the constraint holds when exactly the tags {@code tag} accepts are set. */
    default boolean eval(Predicate<String> tag) {
        return switch (this) {
            case Tag t -> tag.test(t.name);
            case Not n -> !n.x.eval(tag);
            case And a -> a.x.eval(tag) & a.y.eval(tag);
            case Or o -> o.x.eval(tag) | o.y.eval(tag);
        };
    }

    /** Whether {@code line} is a {@code //go:build} line (the prefix followed by a space or the end). */
    static boolean isGoBuild(String line) { return goBuildExpr(line) != null; }

    /** Whether {@code line} is a {@code // +build} line. */
    static boolean isPlusBuild(String line) { return plusBuildExpr(line) != null; }

    /** The constraint of a {@code //go:build} or {@code // +build} line, or null (not one, or bad syntax). */
    static BuildConstraint parse(String line) {
        String e = goBuildExpr(line);
        if (e != null) {
            try {
                return new ExprParser(e).parseAll();
            } catch (IllegalArgumentException ex) {
                return null;
            }
        }
        e = plusBuildExpr(line);
        return e == null ? null : parsePlusBuild(e);
    }

    /** Evaluates one line; lines that are not constraints (or do not parse) hold, as in Go's test runner. */
    static boolean eval(String line, Predicate<String> tag) {
        BuildConstraint c = parse(line);
        return c == null || c.eval(tag);
    }

    /** The first of {@code lines} that does not hold, or null when all do. */
    static String firstFailing(List<String> lines, Predicate<String> tag) {
        for (String l : lines) if (!eval(l, tag)) return l;
        return null;
    }

    /** The minimum Go version ("go1.N", "go1") a {@code //go:build} line implies, or "" (none, or bad syntax). */
    static String goVersion(String line) {
        if (line == null || goBuildExpr(line) == null) return "";
        BuildConstraint c = parse(line);
        int v = c == null ? -1 : minVersion(c, true);
        return v < 0 ? "" : v == 0 ? "go1" : "go1." + v;
    }

    /**
     * The build-constraint lines of a Go file's header: the {@code //go:build} and {@code // +build}
     * lines among the comments and blank lines before the first other token (go/build's rule).
     */
    static List<String> headerLines(byte[] src) {
        List<String> out = new ArrayList<>();
        int i = 0, n = src.length;
        boolean inBlock = false;
        while (i < n) {
            int end = i;
            while (end < n && src[end] != '\n') end++;
            String line = new String(src, i, end - i, java.nio.charset.StandardCharsets.UTF_8);
            i = end + 1;
            String t = line.strip();
            if (inBlock) {
                int close = t.indexOf("*/");
                if (close < 0) continue;
                inBlock = false;
                t = t.substring(close + 2).strip();
                if (t.isEmpty()) continue;
                break; // code after a block comment on its line ends the header
            }
            if (t.isEmpty()) continue;
            if (t.startsWith("//")) {
                if (isGoBuild(t) || isPlusBuild(t)) out.add(t);
                continue;
            }
            if (t.startsWith("/*")) {
                int close = t.indexOf("*/", 2);
                if (close < 0) { inBlock = true; continue; }
                if (t.substring(close + 2).isBlank()) continue;
            }
            break;
        }
        return out;
    }

    /**
     * Whether a file with these header lines is selected: its {@code //go:build} line if it has one
     * (then {@code // +build} lines are ignored, as since Go 1.17), else all its {@code // +build}
     * lines. A {@code //go:build} line that does not parse excludes the file.
     */
    static boolean selects(List<String> headerLines, Predicate<String> tag) {
        for (String l : headerLines) {
            if (isGoBuild(l)) {
                BuildConstraint c = parse(l);
                return c != null && c.eval(tag);
            }
        }
        for (String l : headerLines) if (!eval(l, tag)) return false;
        return true;
    }

    private static int minVersion(BuildConstraint c, boolean positive) {
        return switch (c) {
            case And a -> positive ? Math.max(minVersion(a.x, true), minVersion(a.y, true))
                    : Math.min(minVersion(a.x, false), minVersion(a.y, false));
            case Or o -> positive ? Math.min(minVersion(o.x, true), minVersion(o.y, true))
                    : Math.max(minVersion(o.x, false), minVersion(o.y, false));
            case Not n -> minVersion(n.x, !positive);
            case Tag t -> {
                if (!positive) yield -1; // !foo implies nothing
                if (t.name.equals("go1")) yield 0;
                if (!t.name.startsWith("go1.")) yield -1;
                try { yield Integer.parseInt(t.name.substring(4)); } catch (NumberFormatException e) { yield -1; }
            }
        };
    }

    private static String goBuildExpr(String line) {
        if (!line.startsWith("//go:build")) return null;
        String rest = line.strip().substring("//go:build".length());
        String trim = rest.strip();
        if (rest.length() == trim.length() && !rest.isEmpty()) return null;
        return trim;
    }

    private static String plusBuildExpr(String line) {
        if (!line.startsWith("//")) return null;
        String rest = line.substring(2).strip();
        if (!rest.startsWith("+build")) return null;
        rest = rest.substring("+build".length());
        String trim = rest.strip();
        if (rest.length() == trim.length() && !rest.isEmpty()) return null;
        return trim;
    }

    /** {@code // +build} clauses: space-separated alternatives of comma-separated conjunctions. */
    private static BuildConstraint parsePlusBuild(String expr) {
        if (expr.isEmpty()) return null; // "// +build" alone is not a constraint
        BuildConstraint any = null;
        for (String clause : expr.split("\\s+")) {
            BuildConstraint all = null;
            for (String lit : clause.split(",", -1)) {
                boolean neg = lit.startsWith("!");
                String name = neg ? lit.substring(1) : lit;
                if (name.isEmpty() || name.startsWith("!")) return null; // malformed
                BuildConstraint x = neg ? new Not(new Tag(name)) : new Tag(name);
                all = all == null ? x : new And(all, x);
            }
            any = any == null ? all : new Or(any, all);
        }
        return any;
    }

    /** Recursive descent over {@code ||}, {@code &&}, {@code !}, parentheses and tags. */
    final class ExprParser {
        private final String s;
        private int pos;

        private ExprParser(String s) { this.s = s; }

        BuildConstraint parseAll() {
            BuildConstraint v = or();
            skip();
            if (pos != s.length()) throw new IllegalArgumentException("unexpected " + s.substring(pos));
            return v;
        }

        private void skip() {
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) pos++;
        }

        private boolean eat(String tok) {
            skip();
            if (s.startsWith(tok, pos)) {
                pos += tok.length();
                return true;
            }
            return false;
        }

        private BuildConstraint or() {
            BuildConstraint v = and();
            while (eat("||")) v = new Or(v, and());
            return v;
        }

        private BuildConstraint and() {
            BuildConstraint v = not();
            while (eat("&&")) v = new And(v, not());
            return v;
        }

        private BuildConstraint not() {
            if (eat("!")) return new Not(not());
            if (eat("(")) {
                BuildConstraint v = or();
                if (!eat(")")) throw new IllegalArgumentException("missing )");
                return v;
            }
            skip();
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (Character.isLetterOrDigit(c) || c == '_' || c == '.') pos++;
                else break;
            }
            if (start == pos) throw new IllegalArgumentException("expected tag");
            return new Tag(s.substring(start, pos));
        }
    }
}
