package goj.testdir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The committed record of expected results, {@code conformance/expected.tsv}: one line per test,
 * {@code path TAB kind TAB pass|fail|skip TAB category TAB detail}, sorted by path; lines starting
 * with {@code #} are comments. A test recorded as {@code pass} that no longer passes is a
 * regression; anything else that changed is reported but allowed.
 */
public final class Ratchet {
    private Ratchet() {}

    /** One line of the file. */
    public record Entry(String path, String kind, String status, String category, String detail) {
        String line() {
            return String.join("\t", path, kind, status, clean(category), clean(detail));
        }

        private static String clean(String s) {
            return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
    }

    public static final String COMMENT =
            "# goj tool testsuite ratchet: path, kind, pass|fail|skip, category, detail (regenerate with -update)";

    /** Parses the file's text (missing columns are empty). */
    public static Map<String, Entry> parse(String text) {
        Map<String, Entry> m = new TreeMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            String g1 = f.length > 1 ? f[1] : "", g2 = f.length > 2 ? f[2] : "";
            String g3 = f.length > 3 ? f[3] : "", g4 = f.length > 4 ? f[4] : "";
            m.put(f[0], new Entry(f[0], g1, g2, g3, g4));
        }
        return m;
    }

    /** Reads the file; a missing file is empty. */
    public static Map<String, Entry> read(Path file) throws IOException {
        if (!Files.exists(file)) return new TreeMap<>();
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The file's text for these entries: sorted by path, deterministic. */
    public static String format(Collection<Entry> entries) {
        TreeMap<String, Entry> sorted = new TreeMap<>();
        for (Entry e : entries) sorted.put(e.path(), e);
        StringBuilder sb = new StringBuilder(COMMENT).append('\n');
        for (Entry e : sorted.values()) sb.append(e.line()).append('\n');
        return sb.toString();
    }

    /**
     * The new file contents after a run: the run's results replace their lines; lines of tests
     * not run are kept when the run was filtered and dropped when it was complete.
     */
    public static String update(Map<String, Entry> old, Collection<Entry> results, boolean filtered) {
        TreeMap<String, Entry> m = new TreeMap<>();
        if (filtered) m.putAll(old);
        for (Entry e : results) m.put(e.path(), e);
        return format(m.values());
    }

    /** What changed against the file. */
    public record Comparison(List<Entry> regressions, List<Entry> newlyPassing, List<Entry> newTests,
                             List<Entry> otherChanges, List<Entry> missing) {
        public boolean failed() { return !regressions.isEmpty(); }
    }

    /**
     * Compares results against the recorded expectations. {@code filtered}: only part of the
     * suite ran, so tests absent from the results are not reported missing.
     */
    public static Comparison compare(Map<String, Entry> expected, Collection<Entry> results, boolean filtered) {
        List<Entry> reg = new ArrayList<>(), better = new ArrayList<>(), fresh = new ArrayList<>();
        List<Entry> other = new ArrayList<>(), missing = new ArrayList<>();
        TreeMap<String, Entry> got = new TreeMap<>();
        for (Entry e : results) got.put(e.path(), e);
        for (Entry e : got.values()) {
            Entry want = expected.get(e.path());
            if (want == null) {
                fresh.add(e);
            } else if (want.status().equals("pass") && e.status().equals("fail")) {
                reg.add(e);
            } else if (!want.status().equals("pass") && e.status().equals("pass")) {
                better.add(e);
            } else if (!want.status().equals(e.status()) || !want.category().equals(e.category())) {
                other.add(e);
            }
        }
        if (!filtered) {
            for (Entry want : expected.values()) if (!got.containsKey(want.path())) missing.add(want);
        }
        return new Comparison(reg, better, fresh, other, missing);
    }
}
