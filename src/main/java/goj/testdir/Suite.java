package goj.testdir;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Selects the tests of {@code $GOROOT/test}, runs them on a pool of workers and summarises. */
public final class Suite {
    /** The directories Go's runner visits (cmd/internal/testdir's {@code dirs}). */
    public static final List<String> DIRS = List.of(".", "ken", "chan", "interface", "internal/runtime/sys",
            "syntax", "dwarf", "fixedbugs", "codegen", "abi", "typeparam", "typeparam/mdempsky", "arenas", "simd");

    /** Kinds that get their own count line; the last line always names run and errorcheck. */
    private static final List<String> KIND_ORDER = List.of("run", "errorcheck", "compile", "compiledir", "rundir",
            "errorcheckdir", "errorcheckandrundir", "errorcheckwithauto", "errorcheckoutput", "runoutput",
            "runindir", "build", "buildrun", "builddir", "buildrundir", "asmcheck", "skip", "unknown");

    private Suite() {}

    /** Every test file, as '/'-separated paths relative to {@code testRoot}, in the runner's order. */
    public static List<String> discover(Path testRoot) {
        List<String> out = new ArrayList<>();
        for (String dir : DIRS) {
            Path d = dir.equals(".") ? testRoot : testRoot.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.list(d)) {
                s.map(p -> p.getFileName().toString())
                 .filter(n -> !n.startsWith(".") && n.endsWith(".go") && Files.isRegularFile(d.resolve(n)))
                 .sorted()
                 .forEach(n -> out.add(dir.equals(".") ? n : dir + "/" + n));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /**
     * Runs the selected tests.
     *
     * @param kinds   actions to run (null: all)
     * @param filter  regexp a path must contain a match of (null: all)
     * @param out     progress ({@code -v}: every result; otherwise failures are not printed here)
     */
    public static List<TestResult> run(TestRunner runner, Path testRoot, Set<String> kinds, Pattern filter,
                                       int workers, boolean verbose, PrintStream out) {
        List<TestRunner.Plan> plans = new ArrayList<>();
        for (String path : discover(testRoot)) {
            if (filter != null && !filter.matcher(path).find()) continue;
            TestRunner.Plan p = runner.plan(path);
            if (kinds != null && !kinds.contains(p.kind())) continue;
            plans.add(p);
        }
        // Longest-running kinds first keeps the pool busy to the end.
        List<TestRunner.Plan> order = new ArrayList<>(plans);
        order.sort((a, b) -> Integer.compare(weight(b), weight(a)));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, workers));
        List<Future<TestResult>> futures = new ArrayList<>();
        int total = order.size();
        int[] done = {0};
        for (TestRunner.Plan p : order) {
            futures.add(pool.submit(() -> {
                TestResult r = runner.run(p);
                synchronized (out) {
                    done[0]++;
                    if (verbose) {
                        out.printf(Locale.ROOT, "[%d/%d] %s %s%s (%.1fs)%n", done[0], total,
                                r.status().name(), r.path(),
                                r.category().isEmpty() ? "" : " [" + r.category() + "] " + r.detail(), r.seconds());
                    }
                }
                return r;
            }));
        }
        pool.shutdown();
        List<TestResult> results = new ArrayList<>();
        try {
            for (Future<TestResult> f : futures) results.add(f.get());
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        results.sort((a, b) -> a.path().compareTo(b.path()));
        return results;
    }

    private static int weight(TestRunner.Plan p) {
        if (p.skipCategory() != null) return 0;
        return switch (p.kind()) {
            case "runoutput", "rundir", "runindir", "errorcheckandrundir" -> 3;
            case "run", "buildrun", "errorcheckoutput" -> 2;
            default -> 1;
        };
    }

    /** Per-kind counts, one line per kind seen, then the final line for run and errorcheck. */
    public static String summary(List<TestResult> results) {
        TreeMap<String, int[]> counts = new TreeMap<>((a, b) -> {
            int ia = KIND_ORDER.indexOf(a), ib = KIND_ORDER.indexOf(b);
            if (ia < 0) ia = KIND_ORDER.size();
            if (ib < 0) ib = KIND_ORDER.size();
            return ia != ib ? Integer.compare(ia, ib) : a.compareTo(b);
        });
        for (TestResult r : results) counts.computeIfAbsent(r.kind(), k -> new int[3])[r.status().ordinal()]++;
        StringBuilder sb = new StringBuilder();
        int[] total = new int[3];
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            for (int i = 0; i < 3; i++) total[i] += c[i];
            sb.append(String.format(Locale.ROOT, "%-20s %5d passed, %5d failed, %5d skipped%n", e.getKey() + ":",
                    c[0], c[1], c[2]));
        }
        sb.append(String.format(Locale.ROOT, "%-20s %5d passed, %5d failed, %5d skipped%n", "total:",
                total[0], total[1], total[2]));
        int[] run = counts.getOrDefault("run", new int[3]), ec = counts.getOrDefault("errorcheck", new int[3]);
        sb.append(String.format(Locale.ROOT,
                "testsuite: run %d passed, %d failed, %d skipped; errorcheck %d passed, %d failed, %d skipped%n",
                run[0], run[1], run[2], ec[0], ec[1], ec[2]));
        return sb.toString();
    }

    /** The most frequent failure and skip categories, for a quick picture of what blocks goj. */
    public static String topCategories(List<TestResult> results, int n) {
        TreeMap<String, Integer> m = new TreeMap<>();
        for (TestResult r : results) {
            if (r.status() != TestResult.Status.PASS) m.merge(r.status().word() + " " + r.category(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        m.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(n)
         .forEach(e -> sb.append(String.format(Locale.ROOT, "  %5d %s%n", e.getValue(), e.getKey())));
        return sb.toString();
    }

    /** Parses a Go-style duration: {@code 90s}, {@code 2m}, {@code 1m30s}, {@code 500ms}, {@code 1h}; a bare number is seconds. */
    public static Duration parseDuration(String s) {
        if (s.matches("\\d+")) return Duration.ofSeconds(Long.parseLong(s));
        var m = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)").matcher(s);
        long millis = 0;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) break;
            double v = Double.parseDouble(m.group(1));
            millis += (long) (v * switch (m.group(2)) {
                case "ms" -> 1;
                case "s" -> 1000;
                case "m" -> 60_000;
                default -> 3_600_000;
            });
            end = m.end();
        }
        if (end != s.length() || s.isEmpty()) throw new IllegalArgumentException("bad duration: " + s);
        return Duration.ofMillis(millis);
    }
}
