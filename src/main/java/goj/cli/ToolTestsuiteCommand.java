package goj.cli;

import goj.build.GoRoot;
import goj.build.Setup;

import goj.testdir.GojToolchain;
import goj.testdir.Header;
import goj.testdir.Ratchet;
import goj.testdir.RefToolchain;
import goj.testdir.Suite;
import goj.testdir.TestResult;
import goj.testdir.TestRunner;
import goj.testdir.Toolchain;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code goj tool testsuite}: run Go's own test suite ($GOROOT/test) against goj, with a ratchet. */
@Command(name = "testsuite", description = "run the conformance suite over $GOROOT/test and compare with"
        + " conformance/expected.tsv")
public final class ToolTestsuiteCommand implements Runnable {
    @Option(names = "-kind", paramLabel = "KINDS",
            description = "run only these actions, comma-separated (run, errorcheck, compile, rundir, ...), or all")
    String kind = "all";

    @Option(names = "-run", paramLabel = "REGEXP", description = "run only tests whose path matches")
    String run;

    @Option(names = "-v", description = "print every result as it finishes")
    boolean verbose;

    @Option(names = "-p", paramLabel = "N", description = "parallel workers (default: available processors)")
    int workers = Runtime.getRuntime().availableProcessors();

    @Option(names = "-update", description = "rewrite the expected-results file from this run")
    boolean update;

    @Option(names = "-goroot", paramLabel = "DIR", description = "GOROOT whose test directory is run")
    Path goroot;

    @Option(names = "-goj", paramLabel = "CMD", description = "command that runs goj (default: a child JVM)")
    String gojCmd;

    @Option(names = "-ref", paramLabel = "GOROOT",
            description = "run with the reference Go toolchain of GOROOT instead of goj (validates the harness)")
    Path ref;

    @Option(names = "-timeout", paramLabel = "DUR", description = "time limit per test command (default 60s)")
    String timeout = "60s";

    @Option(names = "-expected", paramLabel = "FILE",
            description = "ratchet file (default conformance/expected.tsv, or expected-ref.tsv with -ref)")
    Path expected;

    @Option(names = "-keep", description = "keep the per-test work directories")
    boolean keep;

    @Override public void run() {
        PrintStream out = System.out;
        Path root = resolveGoroot();
        Path testRoot = root.resolve("test");
        if (!Files.isDirectory(testRoot)) {
            System.err.println("goj testsuite: no test directory in " + root);
            throw new Main.ExitException(2);
        }
        Duration limit;
        try {
            limit = Suite.parseDuration(timeout);
        } catch (IllegalArgumentException e) {
            System.err.println("goj testsuite: -timeout: " + e.getMessage());
            throw new Main.ExitException(2);
        }
        Set<String> kinds = null;
        if (!kind.equals("all")) {
            kinds = new LinkedHashSet<>(List.of(kind.split(",")));
            for (String k : kinds) {
                if (!Header.ACTIONS.contains(k)) {
                    System.err.println("goj testsuite: unknown kind " + k + "; kinds: " + Header.ACTIONS);
                    throw new Main.ExitException(2);
                }
            }
        }
        Pattern filter = run == null ? null : Pattern.compile(run);
        boolean filtered = kinds != null || filter != null;
        Path ratchet = expected != null ? expected : defaultExpected(ref != null);

        Path work;
        try {
            work = Files.createTempDirectory("goj-testsuite-");
        } catch (IOException e) {
            System.err.println("goj testsuite: " + e.getMessage());
            throw new Main.ExitException(2);
        }
        Toolchain tc;
        if (ref != null) {
            tc = new RefToolchain(ref.toAbsolutePath(), work);
        } else {
            List<String> prefix = gojCmd != null ? Header.splitQuoted(gojCmd) : GojToolchain.defaultPrefix();
            tc = new GojToolchain(prefix, root);
        }
        out.println("testsuite: " + testRoot + " with " + (ref != null ? "reference go at " + ref : "goj")
                + ", " + workers + " workers, timeout " + timeout);
        long t0 = System.nanoTime();
        List<TestResult> results;
        try {
            TestRunner runner = new TestRunner(testRoot, tc, limit, work, keep);
            results = Suite.run(runner, testRoot, kinds, filter, workers, verbose, out);
        } finally {
            if (!keep) deleteTree(work);
        }
        long secs = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);

        List<Ratchet.Entry> entries = new ArrayList<>();
        for (TestResult r : results) entries.add(r.entry());
        Map<String, Ratchet.Entry> old;
        try {
            old = Ratchet.read(ratchet);
        } catch (IOException e) {
            System.err.println("goj testsuite: reading " + ratchet + ": " + e.getMessage());
            throw new Main.ExitException(2);
        }
        Ratchet.Comparison cmp = Ratchet.compare(old, entries, filtered);
        boolean fail = false;
        if (update) {
            try {
                Files.createDirectories(ratchet.toAbsolutePath().getParent());
                Files.writeString(ratchet, Ratchet.update(old, entries, filtered));
            } catch (IOException e) {
                System.err.println("goj testsuite: writing " + ratchet + ": " + e.getMessage());
                throw new Main.ExitException(2);
            }
            out.println("testsuite: wrote " + results.size() + " results to " + ratchet);
        } else {
            report(out, cmp, results, ratchet);
            fail = cmp.failed();
        }
        if (!verbose) {
            out.println("most frequent reasons:");
            out.print(Suite.topCategories(results, 15));
        }
        out.printf(Locale.ROOT, "testsuite: %d tests in %dm%02ds%n", results.size(), secs / 60, secs % 60);
        out.print(Suite.summary(results));
        out.flush();
        if (fail) throw new Main.ExitException(1);
    }

    private static void report(PrintStream out, Ratchet.Comparison cmp, List<TestResult> results, Path ratchet) {
        for (Ratchet.Entry e : cmp.regressions()) {
            out.println("REGRESSION " + e.path() + " (" + e.kind() + ") [" + e.category() + "] " + e.detail());
            for (TestResult r : results) {
                if (r.path().equals(e.path())) out.print(excerpt(r.log(), 20));
            }
        }
        if (!cmp.newlyPassing().isEmpty()) {
            for (Ratchet.Entry e : cmp.newlyPassing()) out.println("newly passing: " + e.path() + " (" + e.kind() + ")");
            out.println("testsuite: " + cmp.newlyPassing().size()
                    + " tests pass that " + ratchet + " does not expect to; run with -update to record them");
        }
        if (!cmp.newTests().isEmpty()) {
            int shown = 0;
            for (Ratchet.Entry e : cmp.newTests()) {
                if (shown++ == 30) {
                    out.println("new test: ... (" + (cmp.newTests().size() - 30) + " more)");
                    break;
                }
                out.println("new test: " + e.path() + " (" + e.kind() + ") " + e.status()
                        + (e.category().isEmpty() ? "" : " [" + e.category() + "]"));
            }
            out.println("testsuite: " + cmp.newTests().size() + " tests are not in " + ratchet
                    + "; run with -update to record them");
        }
        if (!cmp.otherChanges().isEmpty()) {
            out.println("testsuite: " + cmp.otherChanges().size() + " non-passing tests changed status or category"
                    + " (run with -update to record)");
        }
        if (!cmp.missing().isEmpty()) {
            out.println("testsuite: " + cmp.missing().size() + " tests in " + ratchet + " were not found");
        }
        if (cmp.failed()) out.println("testsuite: " + cmp.regressions().size() + " REGRESSIONS");
    }

    private static String excerpt(String log, int lines) {
        StringBuilder sb = new StringBuilder();
        String[] ls = log.split("\n");
        for (int i = 0; i < Math.min(lines, ls.length); i++) sb.append("    ").append(ls[i]).append('\n');
        if (ls.length > lines) sb.append("    ...\n");
        return sb.toString();
    }

    private static Path defaultExpected(boolean ref) {
        String home = System.getProperty("goj.home");
        Path base = home != null ? Path.of(home) : Path.of("");
        return base.resolve("conformance").resolve(ref ? "expected-ref.tsv" : "expected.tsv");
    }

    /** -goroot, else the GOROOT goj compiles against ({@link GoRoot#resolve()}, which may run the setup). */
    private Path resolveGoroot() {
        if (goroot != null) return goroot.toAbsolutePath();
        try {
            return GoRoot.resolve().dir();
        } catch (Setup.SetupException e) {
            System.err.println(e.getMessage());
            throw new Main.ExitException(2);
        }
    }

    private static void deleteTree(Path root) {
        try (var s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort
        }
    }
}
