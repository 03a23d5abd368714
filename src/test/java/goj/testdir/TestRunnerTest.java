package goj.testdir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-action logic with a canned toolchain (no subprocesses). */
class TestRunnerTest {
    @TempDir Path root;

    /** Answers every command with the output {@code answer} gives for the files it was given. */
    private static final class Fake implements Toolchain {
        final Function<List<String>, Exec.Result> answer;
        final List<String> calls = new ArrayList<>();

        Fake(Function<List<String>, Exec.Result> answer) { this.answer = answer; }

        private Exec.Result call(String what, List<String> files) {
            calls.add(what + " " + String.join(" ", files));
            return answer.apply(files);
        }

        @Override public String name() { return "fake"; }
        @Override public GojFlags.Adapted adapt(String action, List<String> flags) { return GojFlags.adapt(action, flags); }
        @Override public Exec.Result run(Ctx c, Path dir, List<String> flags, String file, List<String> args) { return call("run", List.of(file)); }
        @Override public Exec.Result compileForErrors(Ctx c, List<String> flags, List<String> files) { return call("errors", files); }
        @Override public Exec.Result compile(Ctx c, List<String> flags, String file) { return call("compile", List.of(file)); }
        @Override public Exec.Result build(Ctx c, List<String> flags, String file) { return call("build", List.of(file)); }
        @Override public Exec.Result compilePkg(Ctx c, List<String> flags, Pkg pkg, List<Pkg> all) { return call("pkg " + pkg.importPath(), pkg.files()); }
        @Override public Exec.Result runPkg(Ctx c, List<String> flags, List<String> ld, Pkg main, List<Pkg> all, List<String> args) { return call("runpkg", main.files()); }
        @Override public Exec.Result runModule(Ctx c, Path dir, List<String> flags) { return call("module", List.of()); }
    }

    private static Exec.Result ok(String out) { return new Exec.Result(List.of("x"), 0, out, false); }
    private static Exec.Result fail(String out) { return new Exec.Result(List.of("x"), 1, out, false); }

    private TestResult runOne(String path, Toolchain tc) {
        TestRunner r = new TestRunner(root, tc, Duration.ofSeconds(5), root, false);
        return r.run(r.plan(path));
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(root.resolve(path).getParent());
        Files.writeString(root.resolve(path), text);
    }

    @Test void runComparesOutputWithDotOut() throws IOException {
        write("a.go", "// run\n\npackage main\n");
        write("a.out", "hello\n");
        assertEquals(TestResult.Status.PASS, runOne("a.go", new Fake(f -> ok("hello\n"))).status());
        TestResult wrong = runOne("a.go", new Fake(f -> ok("bye\n")));
        assertEquals("wrong-output", wrong.category());
        assertEquals("line 1: got \"bye\" want \"hello\"", wrong.detail());
        assertEquals("exit-status", runOne("a.go", new Fake(f -> fail("panic: x\n"))).category());
        assertEquals("import:fmt", runOne("a.go", new Fake(f -> fail("a.go:3:8: could not import \"fmt\"\n"))).category());
        assertEquals("timeout", runOne("a.go", new Fake(f -> new Exec.Result(List.of(), -1, "", true))).category());
    }

    @Test void errorcheckNeedsFailureAndMatchingErrors() throws IOException {
        write("e.go", "// errorcheck\n\npackage p\n\nvar x int = \"s\" // ERROR \"cannot use\"\n");
        String full = root.resolve("e.go").toString();
        assertEquals(TestResult.Status.PASS,
                runOne("e.go", new Fake(f -> fail(full + ":5:13: cannot use \"s\" as int\n"))).status());
        assertEquals("errorcheck:compiled-ok", runOne("e.go", new Fake(f -> ok(""))).category());
        assertEquals("errorcheck:missing", runOne("e.go", new Fake(f -> fail(full + ":4:1: other\n"))).category());
        assertEquals("not-yet-supported:var decl", runOne("e.go",
                new Fake(f -> fail(full + ":5:1: goj: not yet supported: var decl\n"))).category());
    }

    @Test void skipsCarryReasons() throws IOException {
        write("t.go", "//go:build windows\n\n// run\n\npackage main\n");
        write("s.go", "// skip\n\npackage main\n");
        write("m.go", "// errorcheck -0 -m\n\npackage p\n");
        write("c.go", "// asmcheck\n\npackage p\n");
        Fake never = new Fake(f -> { throw new AssertionError("must not run"); });
        TestResult t = runOne("t.go", never);
        assertEquals(TestResult.Status.SKIP, t.status());
        assertEquals("build-tag", t.category());
        assertEquals("run", t.kind());
        assertEquals("skip", runOne("s.go", never).category());
        assertEquals("gc-only:-m", runOne("m.go", never).category());
        assertEquals("kind-unsupported:asmcheck", runOne("c.go", never).category());
    }

    @Test void rundirCompilesPackagesInOrderThenRunsMain() throws IOException {
        write("r.go", "// rundir\n\npackage ignored\n");
        write("r.dir/a.go", "package a\n");
        write("r.dir/b.go", "package b\n");
        write("r.dir/main.go", "package main\n");
        write("r.out", "ok\n");
        Fake f = new Fake(files -> ok("ok\n"));
        assertEquals(TestResult.Status.PASS, runOne("r.go", f).status());
        assertEquals(4, f.calls.size());
        assertEquals(true, f.calls.get(0).startsWith("pkg test/a "));
        assertEquals(true, f.calls.get(1).startsWith("pkg test/b "));
        assertEquals(true, f.calls.get(3).startsWith("runpkg "));
    }
}
