package goj.testdir;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Build constraints of test files: {@code //go:build EXPR} and {@code // +build A,B !C} lines,
 * parsed and evaluated against a tag predicate; and the predicate goj's suite uses.
 *
 * <p>The tag context is that of Go's runner on linux/amd64 with cgo off. goj is meant to behave
 * as the gc toolchain does (same language, same diagnostics model, same program output), so
 * {@code gc} is true and {@code gccgo} false: the suite's gc-guarded tests are the ones whose
 * behaviour goj copies. {@code goexperiment.X} is true exactly for the experiments enabled by
 * default in Go 1.27 on linux/amd64 (the runner consults the toolchain's own tool tags, and a
 * test's {@code -goexperiment} argument does not change that).
 */
public final class BuildConstraints {
    private BuildConstraints() {}

    /** Experiments on by default in Go 1.27 for linux/amd64 (go/build.Default.ToolTags). */
    public static final Set<String> DEFAULT_EXPERIMENTS = Set.of(
            "regabiwrappers", "regabiargs", "dwarf5", "jsonv2", "greenteagc",
            "randomizedheapbase64", "sizespecializedmalloc");

    /** The newest release tag: go1.1 ... go1.27 are all satisfied. */
    public static final int GO_MINOR = 27;

    /** The tag predicate of the suite's target: linux/amd64, gc, cgo off, test_run. */
    public static boolean gojTag(String name) {
        if (name.isEmpty()) return false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c) && !Character.isDigit(c) && c != '_' && c != '.') return false;
        }
        if (name.startsWith("go1.")) {
            try {
                int minor = Integer.parseInt(name.substring(4));
                return minor >= 1 && minor <= GO_MINOR && name.equals("go1." + minor);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (name.startsWith("goexperiment.")) return DEFAULT_EXPERIMENTS.contains(name.substring(13));
        return switch (name) {
            case "linux", "amd64", "gc", "test_run" -> true;
            default -> false; // cgo, gccgo, other GOOS/GOARCH, gcflags_noopt, unix (the runner does not know it)
        };
    }

    /** Whether {@code line} is a {@code //go:build} line (prefix followed by space or end). */
    public static boolean isGoBuild(String line) {
        return goBuildExpr(line) != null;
    }

    /** Whether {@code line} is a {@code // +build} line. */
    public static boolean isPlusBuild(String line) {
        return plusBuildExpr(line) != null;
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

    /**
     * Evaluates one constraint line; lines that are not constraints (or do not parse) are true,
     * as in Go's runner, which ignores them.
     */
    public static boolean eval(String line, Predicate<String> tag) {
        String e = goBuildExpr(line);
        if (e != null) {
            try {
                return new ExprParser(e, tag).parseAll();
            } catch (IllegalArgumentException ex) {
                return true;
            }
        }
        e = plusBuildExpr(line);
        if (e != null) return evalPlusBuild(e, tag);
        return true;
    }

    /** Whether all constraint lines hold; returns the first failing line, or null. */
    public static String firstFailing(List<String> lines, Predicate<String> tag) {
        for (String l : lines) if (!eval(l, tag)) return l;
        return null;
    }

    private static boolean evalPlusBuild(String expr, Predicate<String> tag) {
        if (expr.isEmpty()) return true; // "// +build" alone: ignored by Parse as an error
        boolean any = false;
        for (String clause : expr.split("\\s+")) {
            boolean all = true;
            for (String lit : clause.split(",", -1)) {
                boolean neg = lit.startsWith("!");
                String name = neg ? lit.substring(1) : lit;
                if (name.isEmpty() || name.startsWith("!")) return true; // malformed: not a constraint
                boolean v = tag.test(name);
                if (neg) v = !v;
                all &= v;
            }
            any |= all;
        }
        return any;
    }

    /** Recursive descent over {@code ||}, {@code &&}, {@code !}, parentheses and tags. */
    private static final class ExprParser {
        private final String s;
        private final Predicate<String> tag;
        private int pos;

        ExprParser(String s, Predicate<String> tag) {
            this.s = s;
            this.tag = tag;
        }

        boolean parseAll() {
            boolean v = or();
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

        private boolean or() {
            boolean v = and();
            while (eat("||")) v = and() | v;
            return v;
        }

        private boolean and() {
            boolean v = not();
            while (eat("&&")) v = not() & v;
            return v;
        }

        private boolean not() {
            if (eat("!")) return !not();
            if (eat("(")) {
                boolean v = or();
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
            return tag.test(s.substring(start, pos));
        }
    }
}
