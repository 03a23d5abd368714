package goj.testdir;

import goj.syntax.BuildConstraint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Runs one test of {@code $GOROOT/test} with a {@link Toolchain}, following Go's runner per action. */
public final class TestRunner {
    private final Path testRoot;
    private final Toolchain tc;
    private final Duration timeout;
    private final Path work;
    private final boolean keep;

    /**
     * @param testRoot {@code $GOROOT/test}
     * @param work     where per-test scratch directories are made
     * @param keep     keep scratch directories (for debugging)
     */
    public TestRunner(Path testRoot, Toolchain tc, Duration timeout, Path work, boolean keep) {
        this.testRoot = testRoot;
        this.tc = tc;
        this.timeout = timeout;
        this.work = work;
        this.keep = keep;
    }

    /** A test failed (category, one-line detail, longer log). */
    private static final class Failure extends Exception {
        final String category, detail, log;

        Failure(String category, String detail, String log) {
            super(category, null, false, false);
            this.category = category;
            this.detail = detail;
            this.log = log;
        }
    }

    /** Reads a test's header and decides whether it is skipped; null kind when unreadable. */
    public record Plan(String path, String kind, Header header, String skipCategory, String skipDetail) {}

    /** Reads {@code path} (relative to the test root, '/'-separated) and plans it. */
    public Plan plan(String path) {
        String src;
        try {
            src = new String(Files.readAllBytes(testRoot.resolve(path)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Plan(path, "unknown", null, "harness", "cannot read: " + e.getMessage());
        }
        String line = Header.actionLine(src);
        String word = line.isEmpty() ? "unknown" : line.split("\\s+", 2)[0];
        String failing = BuildConstraint.firstFailing(Header.constraintLines(src), RunnerTags::matches);
        if (failing != null) return new Plan(path, kindOf(word), null, "build-tag", failing.strip());
        Header h;
        try {
            h = Header.parse(src);
        } catch (Header.BadHeaderException e) {
            return new Plan(path, kindOf(word), null, "bad-header", e.getMessage());
        }
        if (h.action().equals("skip")) return new Plan(path, "skip", h, "skip", "header says skip");
        switch (h.action()) {
            case "asmcheck", "builddir", "buildrundir" -> {
                return new Plan(path, h.action(), h, "kind-unsupported:" + h.action(),
                        "needs gc's assembler or assembly output");
            }
            default -> { }
        }
        GojFlags.Adapted a = tc.adapt(h.action(), h.flags());
        if (a.skip() != null) return new Plan(path, h.action(), h, a.skip(), String.join(" ", h.flags()));
        return new Plan(path, h.action(), h, null, null);
    }

    private static String kindOf(String word) {
        return Header.ACTIONS.contains(word) ? word : "unknown";
    }

    /** Runs a planned, not skipped test. */
    public TestResult run(Plan p) {
        long t0 = System.nanoTime();
        if (p.skipCategory() != null) {
            return new TestResult(p.path(), p.kind(), TestResult.Status.SKIP, p.skipCategory(), p.skipDetail(), "", 0);
        }
        Path tmp;
        try {
            tmp = Files.createTempDirectory(work, p.path().replace('/', '_') + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestResult r;
        try {
            run(p, tmp);
            r = new TestResult(p.path(), p.kind(), TestResult.Status.PASS, "", "", "", seconds(t0));
        } catch (Failure f) {
            r = new TestResult(p.path(), p.kind(), TestResult.Status.FAIL, f.category,
                    oneLine(sanitize(f.detail, tmp)), sanitize(f.log, tmp), seconds(t0));
        } catch (RuntimeException e) {
            r = new TestResult(p.path(), p.kind(), TestResult.Status.FAIL, "harness", oneLine(e.toString()),
                    e.toString(), seconds(t0));
        } finally {
            if (!keep) deleteTree(tmp);
        }
        return r;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private String sanitize(String s, Path tmp) {
        if (s == null) return "";
        return s.replace(tmp.toString(), "$WORK").replace(testRoot.toString(), "$GOROOT/test");
    }

    /** The first non-blank line, tabs as spaces, at most 160 characters. */
    static String oneLine(String s) {
        for (String l : s.split("\n")) {
            String t = l.replace('\t', ' ').replace('\r', ' ').strip();
            if (!t.isEmpty()) return t.length() > 160 ? t.substring(0, 160) : t;
        }
        return "";
    }

    private void run(Plan p, Path tmp) throws Failure {
        Header h = p.header();
        String path = p.path();
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? "." : path.substring(0, slash);
        String goFile = path.substring(slash + 1);
        Path longFile = testRoot.resolve(path);
        String longName = longFile.toString();
        // runoutput tests compile generated programs of thousands of lines: give them 4x the time.
        Duration base = h.action().equals("runoutput") ? timeout.multipliedBy(4) : timeout;
        Duration limit = h.timeoutSeconds() > 0 && Duration.ofSeconds(h.timeoutSeconds()).compareTo(base) > 0
                ? Duration.ofSeconds(h.timeoutSeconds()) : base;
        Map<String, String> runenv = new LinkedHashMap<>();
        if (!h.goExperiment().isEmpty()) runenv.put("GOEXPERIMENT", h.goExperiment());
        if (!h.goDebug().isEmpty()) runenv.put("GODEBUG", h.goDebug());
        Toolchain.Ctx c = new Toolchain.Ctx(tmp, limit, runenv);
        List<String> flags = tc.adapt(h.action(), h.flags()).flags();
        String action = h.action().equals("errorcheckwithauto") ? "errorcheck" : h.action();
        boolean wantError = h.wantError();
        switch (action) {
            case "run", "buildrun" -> {
                Exec.Result r = tc.run(c, testRoot, flags, path, h.args());
                mustSucceed(r, "exit-status");
                checkOutput(path, r);
            }
            case "runoutput" -> {
                Exec.Result r = tc.run(c, testRoot, flags, path, h.args());
                mustSucceed(r, "exit-status");
                Path gen = tmp.resolve("tmp__.go");
                write(gen, r.bytes());
                r = tc.run(c, testRoot, List.of(), gen.toString(), List.of());
                mustSucceed(r, "runoutput:generated");
                checkOutput(path, r);
            }
            case "errorcheck" -> {
                Exec.Result r = tc.compileForErrors(c, flags, List.of(longName));
                checkCompileVerdict(r, wantError);
                errorCheck(r, h.wantAuto(), List.of(source(longName, goFile)));
            }
            case "errorcheckoutput" -> {
                Exec.Result r = tc.run(c, testRoot, List.of(), path, h.args());
                mustSucceed(r, "exit-status");
                Path gen = tmp.resolve("tmp__.go");
                write(gen, r.bytes());
                r = tc.compileForErrors(c, flags, List.of(gen.toString()));
                checkCompileVerdict(r, wantError);
                errorCheck(r, false, List.of(source(gen.toString(), "tmp__.go")));
            }
            case "compile" -> mustSucceed(tc.compile(c, flags, longName), "compile-error");
            case "build" -> mustSucceed(tc.build(c, flags, longName), "compile-error");
            case "compiledir" -> {
                List<Toolchain.Pkg> pkgs = dirPackages(path, h.singleFilePkgs());
                for (Toolchain.Pkg pkg : pkgs) mustSucceed(tc.compilePkg(c, flags, pkg, pkgs), "compile-error");
            }
            case "errorcheckdir", "errorcheckandrundir" -> {
                List<String> fl = new ArrayList<>(flags);
                if (tc instanceof RefToolchain) fl.add("-d=panic");
                List<Toolchain.Pkg> pkgs = dirPackages(path, h.singleFilePkgs());
                int errPkg = pkgs.size() - 1;
                if (wantError && action.equals("errorcheckandrundir")) errPkg--;
                for (int i = 0; i < pkgs.size(); i++) {
                    Toolchain.Pkg pkg = pkgs.get(i);
                    Exec.Result r = tc.compilePkg(c, fl, pkg, pkgs);
                    if (i == errPkg) checkCompileVerdict(r, wantError);
                    else mustSucceed(r, "compile-error");
                    List<ErrorCheck.Source> srcs = new ArrayList<>();
                    for (String f : pkg.files()) srcs.add(source(f, Path.of(f).getFileName().toString()));
                    errorCheck(r, h.wantAuto(), srcs);
                }
                if (action.equals("errorcheckandrundir")) runDir(c, path, h, flags, true);
            }
            case "rundir" -> runDir(c, path, h, flags, false);
            case "runindir" -> {
                Path srcDir = testRoot.resolve(dirName(path));
                String mod = srcDir.getFileName().toString();
                Path modDir = tmp.resolve("src").resolve(mod);
                copyTree(srcDir, modDir);
                String ver = h.goModVersion().isEmpty() ? "1.14" : h.goModVersion();
                write(modDir.resolve("go.mod"), "module " + mod + "\ngo " + ver + "\n");
                Exec.Result r = tc.runModule(c, modDir, flags);
                mustSucceed(r, "exit-status");
                checkOutput(path, r);
            }
            default -> throw new Failure("kind-unsupported:" + action, "no runner for " + action, "");
        }
    }

    private void runDir(Toolchain.Ctx c, String path, Header h, List<String> flags, boolean afterErrorcheck)
            throws Failure {
        List<Toolchain.Pkg> pkgs = dirPackages(path, h.singleFilePkgs());
        List<String> fl = new ArrayList<>(), ld = new ArrayList<>();
        int k = flags.indexOf("-ldflags");
        if (k >= 0) {
            fl.addAll(flags.subList(0, k));
            ld.addAll(flags.subList(k + 1, flags.size()));
        } else {
            fl.addAll(flags);
        }
        for (int i = 0; i < pkgs.size(); i++) {
            Exec.Result r = tc.compilePkg(c, fl, pkgs.get(i), pkgs);
            boolean allowed = afterErrorcheck && h.wantError() && i == pkgs.size() - 2;
            if (!allowed) mustSucceed(r, "compile-error");
            if (i == pkgs.size() - 1) {
                r = tc.runPkg(c, fl, ld, pkgs.get(i), pkgs, h.args());
                mustSucceed(r, "exit-status");
                checkOutput(path, r);
            }
        }
    }

    private ErrorCheck.Source source(String full, String shortName) throws Failure {
        try {
            // bytes as UTF-8 with replacement: generated sources may hold invalid UTF-8 on purpose
            return new ErrorCheck.Source(full, shortName,
                    new String(Files.readAllBytes(Path.of(full)), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Failure("harness", "cannot read " + full, e.toString());
        }
    }

    private static String toolCategoryOr(Exec.Result r, String fallback) {
        if (r.timedOut()) return "timeout";
        String c = Categories.ofOutput(r.output());
        return c != null ? c : fallback;
    }

    private static void mustSucceed(Exec.Result r, String category) throws Failure {
        if (r.ok()) return;
        String detail = r.timedOut() ? "timed out" : firstLineOrStatus(r);
        throw new Failure(toolCategoryOr(r, category), detail, r.describe());
    }

    private static String firstLineOrStatus(Exec.Result r) {
        String l = oneLine(r.output());
        return l.isEmpty() ? "exit status " + r.status() : l;
    }

    private static void checkCompileVerdict(Exec.Result r, boolean wantError) throws Failure {
        if (r.timedOut()) throw new Failure("timeout", "compilation timed out", r.describe());
        if (wantError && r.status() == 0) {
            String cat = Categories.ofOutput(r.output());
            throw new Failure(cat != null ? cat : "errorcheck:compiled-ok", "compilation succeeded unexpectedly",
                    r.describe());
        }
        if (!wantError && r.status() != 0) mustSucceed(r, "compile-error");
    }

    private static void errorCheck(Exec.Result r, boolean wantAuto, List<ErrorCheck.Source> srcs) throws Failure {
        ErrorCheck.Outcome o;
        try {
            o = ErrorCheck.check(r.output(), wantAuto, srcs);
        } catch (ErrorCheck.BadCommentException e) {
            throw new Failure("bad-error-comment", e.getMessage(), e.getMessage());
        }
        if (o.ok()) return;
        String cat = Categories.ofOutput(r.output());
        String report = o.report();
        throw new Failure(cat != null ? cat : o.category(), report, report + "\ncompiler output:\n" + r.output());
    }

    /** Compares output bytes with NAME.out (none: empty), as Go's runner does (\r\n read as \n). */
    private void checkOutput(String path, Exec.Result r) throws Failure {
        Path want = testRoot.resolve(path.substring(0, path.length() - 3) + ".out");
        byte[] expectedBytes = new byte[0];
        if (Files.exists(want)) {
            try {
                expectedBytes = Files.readAllBytes(want);
            } catch (IOException e) {
                throw new Failure("harness", "cannot read " + want, e.toString());
            }
        }
        // Latin-1 maps bytes one to one, so this compares bytes exactly.
        String got = new String(r.bytes(), StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        String expected = new String(expectedBytes, StandardCharsets.ISO_8859_1);
        if (!got.equals(expected)) {
            got = r.output().replace("\r\n", "\n");
            expected = new String(expectedBytes, StandardCharsets.UTF_8);
            String cat = Categories.ofOutput(got);
            throw new Failure(cat != null ? cat : "wrong-output", firstDifference(got, expected),
                    "output does not match " + want.getFileName() + "; got:\n" + got);
        }
    }

    /** Where two outputs first differ, for the ratchet's detail column. */
    static String firstDifference(String got, String want) {
        String[] g = got.split("\n", -1), w = want.split("\n", -1);
        for (int i = 0; i < Math.max(g.length, w.length); i++) {
            String gl = i < g.length ? g[i] : "<EOF>", wl = i < w.length ? w[i] : "<EOF>";
            if (!gl.equals(wl)) {
                return "line " + (i + 1) + ": got " + clip(gl) + " want " + clip(wl);
            }
        }
        return "outputs differ";
    }

    private static String clip(String s) {
        s = s.replace('\t', ' ');
        return "\"" + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + "\"";
    }

    static String dirName(String path) {
        return path.substring(0, path.length() - 3) + ".dir";
    }

    private static final Pattern PACKAGE_RX = Pattern.compile("(?m)^package ([\\p{Lu}\\p{Ll}\\w]+)");

    /** The packages of NAME.dir in Go runner's order: files sorted, grouped by package clause. */
    List<Toolchain.Pkg> dirPackages(String path, boolean singleFilePkgs) throws Failure {
        Path d = testRoot.resolve(dirName(path));
        List<Path> files;
        try (Stream<Path> s = Files.list(d)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(".go"))
                     .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new Failure("harness", "cannot list " + d, e.toString());
        }
        List<String> names = new ArrayList<>();
        List<List<String>> groups = new ArrayList<>();
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (Path f : files) {
            String text;
            try {
                text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new Failure("harness", "cannot read " + f, e.toString());
            }
            Matcher m = PACKAGE_RX.matcher(text);
            if (!m.find()) throw new Failure("harness", "cannot find package name in " + f, "");
            String name = m.group(1);
            Integer idx = byName.get(name);
            if (singleFilePkgs || idx == null) {
                idx = groups.size();
                groups.add(new ArrayList<>());
                names.add(name);
                byName.put(name, idx);
            }
            groups.get(idx).add(f.toString());
        }
        List<Toolchain.Pkg> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) out.add(new Toolchain.Pkg(names.get(i), List.copyOf(groups.get(i))));
        return out;
    }

    private static void write(Path f, String s) {
        write(f, s.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path f, byte[] s) {
        try {
            Files.write(f, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // best effort
        }
    }
}
