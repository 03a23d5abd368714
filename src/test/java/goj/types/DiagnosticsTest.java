package goj.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import goj.build.Compiler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Type-checks the packages in {@code src/test/resources/goj/types} and compares every diagnostic
 * with the {@code .out} file beside it, which holds what gc 1.27's {@code go tool compile -e}
 * printed (run in that directory, so positions are relative to it).
 */
class DiagnosticsTest {
    static final Path DIR = Path.of("src/test/resources/goj/types");

    private static void check(String name) throws Exception {
        Path src = DIR.resolve(name + ".go");
        String want = Files.readString(DIR.resolve(name + ".out"), StandardCharsets.UTF_8);
        Compiler.Checked c = Compiler.check(List.of(src));
        String got = Compiler.format(c.diagnostics(), true).replace(DIR + "/", "");
        assertEquals(want, got);
    }

    /**
     * As {@link #check}, comparing lines and messages only: for gc's back-end errors, whose column
     * is that of whatever declaration gc was compiling.
     */
    private static void checkLines(String name) throws Exception {
        Path src = DIR.resolve(name + ".go");
        String want = Files.readString(DIR.resolve(name + ".out"), StandardCharsets.UTF_8);
        Compiler.Checked c = Compiler.check(List.of(src));
        String got = Compiler.format(c.diagnostics(), true).replace(DIR + "/", "");
        assertEquals(want.replaceAll("(?m)^([^:\\s]+:\\d+):\\d+:", "$1:"), got.replaceAll("(?m)^([^:\\s]+:\\d+):\\d+:", "$1:"));
    }

    /** As {@link #check}, compiling with gc's {@code -lang=LANG}. */
    private static void checkLang(String name, String lang) throws Exception {
        String want = Files.readString(DIR.resolve(name + ".out"), StandardCharsets.UTF_8);
        Compiler.Result r = Compiler.compile(DIR, List.of(name + ".go"), false, lang);
        assertEquals(want, Compiler.format(r.diagnostics(), true));
    }

    /** complex, real, imag, min, max, clear and complex constants: gc's wording and positions. */
    @Test
    void builtinsAndComplexConstants() throws Exception { check("builtins_errors"); }

    /** Duplicate switch cases, map keys and slice indices; incomparable cases; struct literal keys; unused type switch variables. */
    @Test
    void duplicatesAndLiterals() throws Exception { check("duplicates"); }

    /** Cases that only type arguments make equal are no duplicates (instances are not checked again for them). */
    @Test
    void genericCases() throws Exception { check("genericcases"); }

    /** Package-level init and main that are not functions; duplicate parameter names in function types and interface methods. */
    @Test
    void declarations() throws Exception { check("declarations"); }

    /** unsafe.Sizeof and Offsetof of values too large for an int64 size. */
    @Test
    void tooLarge() throws Exception { check("sizes"); }

    /** gc's limit on channel element sizes (checked once the package has no type errors). */
    @Test
    void channelElementTooLarge() throws Exception { checkLines("chansize"); }

    /** Expression statements whose value is not used (builtins that are not statements, conversions); assignments to fields of map elements. */
    @Test
    void unusedAndMapFields() throws Exception { check("unused"); }

    /** Checks delayed until declared types are complete (map keys, embedded fields); untyped integer constants beyond 512 bits. */
    @Test
    void typeDeclsAndConstantOverflow() throws Exception { check("typedecls"); }

    /** Features newer than -lang: number syntax, signed shift counts, type parameters, any, embedded non-interfaces, overlapping methods, range over int. */
    @Test
    void langVersion() throws Exception { checkLang("versions", "go1.12"); }

    /** A //go:build line sets its file's version (at least go1.21): range over int and over functions. */
    @Test
    void buildLineVersion() throws Exception { check("buildversion"); }

    /** Directives gc refuses while parsing: not on a line of their own, taken by nothing, runtime-only, cgo-only. */
    @Test
    void directivesWhileParsing() throws Exception { check("directives"); }

    /** Directives taken by declarations they do not apply to (checked once the package type-checks). */
    @Test
    void directivesOfDeclarations() throws Exception { check("attached"); }

    /** Interfaces embedding types still being declared: completed later (valid recursion), cycles of embeddings reported. */
    @Test
    void recursiveInterfaces() throws Exception { check("recursive"); }

    /** Interface literals that refer to themselves through anonymous types only (go.dev/issue/56103). */
    @Test
    void anonymousInterfaceCycles() throws Exception { check("anoncycle"); }

    /** //go:linkname must name a package-level function or variable, once, and no instantiation. */
    @Test
    void linknames() throws Exception { check("linkname"); }

    /** Before Go 1.18, //go:linkname directives naming no function or variable did nothing. */
    @Test
    void linknamesBeforeGo118() throws Exception { checkLang("linkname117", "go1.17"); }

    /** Under GOEXPERIMENT=fieldtrack, methods marked //go:nointerface implement no interface (a goj process with that environment). */
    @Test
    void nointerfaceUnderFieldTrack() throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (System.getProperty("goj.goroot") != null) cmd.add("-Dgoj.goroot=" + System.getProperty("goj.goroot"));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "goj.cli.Main", "tool", "compile", "-e", "nointerface.go"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(DIR.toFile()).redirectErrorStream(true);
        pb.environment().put("GOEXPERIMENT", "fieldtrack");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        assertEquals(Files.readString(DIR.resolve("nointerface.out"), StandardCharsets.UTF_8), out);
    }
}
