package goj.testdir;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the Go (RE2) regular expressions of {@code // ERROR "..."} comments with
 * {@link java.util.regex}: the syntax is almost the same; this rewrites the few places where
 * Java reads differently: a {@code [} or {@code &&} inside a character class (Java: union,
 * intersection), a leading {@code ]} in a class, POSIX classes {@code [:alpha:]}, a {@code {}
 * that does not start a repetition (Go: literal, Java: error), and {@code (?P<name>}.
 */
public final class GoRegexp {
    private GoRegexp() {}

    private static final Map<String, String> POSIX = Map.ofEntries(
            Map.entry("alnum", "Alnum"), Map.entry("alpha", "Alpha"), Map.entry("ascii", "ASCII"),
            Map.entry("blank", "Blank"), Map.entry("cntrl", "Cntrl"), Map.entry("digit", "Digit"),
            Map.entry("graph", "Graph"), Map.entry("lower", "Lower"), Map.entry("print", "Print"),
            Map.entry("punct", "Punct"), Map.entry("space", "Space"), Map.entry("upper", "Upper"),
            Map.entry("xdigit", "XDigit"));

    /** Compiles Go regexp syntax {@code re}. */
    public static Pattern compile(String re) throws PatternSyntaxException {
        return Pattern.compile(translate(re));
    }

    /** The Java spelling of Go regexp {@code re}. */
    public static String translate(String re) {
        StringBuilder out = new StringBuilder(re.length() + 8);
        int n = re.length();
        int i = 0;
        boolean inClass = false;
        boolean classStart = false; // just after [ or [^
        while (i < n) {
            char c = re.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char d = re.charAt(i + 1);
                if (d == 'Q') { // \Q...\E: copy verbatim
                    int end = re.indexOf("\\E", i + 2);
                    int stop = end < 0 ? n : end + 2;
                    out.append(re, i, stop);
                    i = stop;
                } else {
                    out.append(c).append(d);
                    i += 2;
                }
                classStart = false;
                continue;
            }
            if (inClass) {
                if (c == ']' && !classStart) {
                    inClass = false;
                    out.append(']');
                } else if (c == ']') {
                    out.append("\\]");
                } else if (c == '[' && re.startsWith("[:", i)) {
                    int end = re.indexOf(":]", i + 2);
                    String name = end < 0 ? null : re.substring(i + 2, end);
                    boolean neg = name != null && name.startsWith("^");
                    String key = neg ? name.substring(1) : name;
                    if (key != null && (POSIX.containsKey(key) || key.equals("word"))) {
                        String cls = key.equals("word") ? (neg ? "\\W" : "\\w")
                                : (neg ? "\\P{" : "\\p{") + POSIX.get(key) + "}";
                        out.append(cls);
                        i = end + 2;
                        classStart = false;
                        continue;
                    }
                    out.append("\\[");
                } else if (c == '[' || c == '&') {
                    out.append('\\').append(c);
                } else {
                    out.append(c);
                }
                classStart = false;
                i++;
                continue;
            }
            switch (c) {
                case '[' -> {
                    inClass = true;
                    classStart = true;
                    out.append('[');
                    if (i + 1 < n && re.charAt(i + 1) == '^') {
                        out.append('^');
                        i++;
                    }
                    i++;
                    continue;
                }
                case '{' -> {
                    int end = repetitionEnd(re, i);
                    if (end > 0) {
                        out.append(re, i, end);
                        i = end;
                        if (i < n && (re.charAt(i) == '?')) { out.append('?'); i++; }
                        continue;
                    }
                    out.append("\\{");
                }
                case '}' -> out.append("\\}");
                case '(' -> {
                    if (re.startsWith("(?P<", i)) {
                        out.append("(?<");
                        i += 4;
                        continue;
                    }
                    out.append('(');
                }
                default -> out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    /** If {@code re[i:]} starts with {n}, {n,} or {n,m}, the index after it; else -1. */
    private static int repetitionEnd(String re, int i) {
        int j = i + 1, n = re.length();
        int d = j;
        while (j < n && Character.isDigit(re.charAt(j))) j++;
        if (j == d) return -1;
        if (j < n && re.charAt(j) == ',') {
            j++;
            while (j < n && Character.isDigit(re.charAt(j))) j++;
        }
        return j < n && re.charAt(j) == '}' ? j + 1 : -1;
    }
}
