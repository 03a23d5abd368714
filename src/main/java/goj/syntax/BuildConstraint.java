package goj.syntax;

/** Minimal {@code //go:build} expression evaluation: the minimum Go version it implies. */
final class BuildConstraint {
    private BuildConstraint() {}

    private String s;
    private int i;

    /** The minimum Go version ("go1.N", "go1") implied by the build line, or "" (also on bad syntax). */
    static String goVersion(String line) {
        if (line == null || !line.startsWith("//go:build")) return "";
        BuildConstraint p = new BuildConstraint();
        p.s = line.substring("//go:build".length());
        p.i = 0;
        try {
            int[] v = p.or(); // {min version if true (sign +1), min version if negated}
            p.skip();
            if (p.i != p.s.length()) return "";
            if (v[0] < 0) return "";
            return v[0] == 0 ? "go1" : "go1." + v[0];
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private void skip() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }

    // each node returns {minVersion(+1), minVersion(-1)}
    private int[] or() {
        int[] x = and();
        for (;;) {
            skip();
            if (s.startsWith("||", i)) {
                i += 2;
                int[] y = and();
                x = new int[] {Math.min(x[0], y[0]), Math.max(x[1], y[1])};
            } else return x;
        }
    }

    private int[] and() {
        int[] x = not();
        for (;;) {
            skip();
            if (s.startsWith("&&", i)) {
                i += 2;
                int[] y = not();
                x = new int[] {Math.max(x[0], y[0]), Math.min(x[1], y[1])};
            } else return x;
        }
    }

    private int[] not() {
        skip();
        if (i < s.length() && s.charAt(i) == '!') {
            i++;
            int[] x = not();
            return new int[] {x[1], x[0]};
        }
        if (i < s.length() && s.charAt(i) == '(') {
            i++;
            int[] x = or();
            skip();
            if (i >= s.length() || s.charAt(i) != ')') throw new IllegalArgumentException();
            i++;
            return x;
        }
        int j = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) i++;
        if (j == i) throw new IllegalArgumentException();
        String tag = s.substring(j, i);
        int v = -1;
        if (tag.equals("go1")) v = 0;
        else if (tag.startsWith("go1.")) {
            try { v = Integer.parseInt(tag.substring(4)); } catch (NumberFormatException e) { v = -1; }
        }
        return new int[] {v, -1};
    }
}
