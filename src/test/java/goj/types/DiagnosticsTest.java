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

    /**
     * Struct literal keys naming promoted fields (Go 1.27) and their overlaps, indirections and
     * methods; nil converted to unsafe.Pointer inside a constant expression.
     */
    @Test
    void structLiteralKeys() throws Exception { check("struct_literal_errors"); }

    /** Array lengths up to int's range; gc's size limit (1<<50 bytes) reported at declarations, through pointers and recursive types. */
    @Test
    void largeArrays() throws Exception { check("large_arrays"); }

    @Test
    void typeParameterOperators() throws Exception { check("typeparam_operators"); }

    /** Type switches: duplicate cases, the clause variable of an invalid case or guard, operand wording. */
    @Test
    void typeSwitches() throws Exception { check("typeswitch_errors"); }

    /** Short variable declarations: non-names, repeated names, redeclared variables are not "unused". */
    @Test
    void shortVariableDeclarations() throws Exception { check("shortvardecl_errors"); }

    /**
     * Follow-on errors left out as types2 leaves them (messages about invalid types, count
     * mismatches of invalid values), comparisons of mismatched types, duplicate fields, fields
     * and no methods through a defined pointer type, range clauses with too many variables.
     */
    @Test
    void followOnErrors() throws Exception { check("followon_errors"); }

    /** Expression statements and go/defer: conversions, discarded results, unused values, uncalled builtins. */
    @Test
    void expressionStatements() throws Exception { check("exprstmt_errors"); }

    /** Initialization cycles through a variable's declared type (array lengths referring to variables). */
    @Test
    void initializationCyclesThroughTypes() throws Exception { check("initcycle_errors"); }

    /**
     * Map index expressions (assignable, not addressable), slicing unaddressable arrays, composite
     * literals with a missing or invalid type, make of a type that is not a slice, map or channel.
     */
    @Test
    void mapIndexAndLiterals() throws Exception { check("mapindex_literal_errors"); }

    /** Methods on types of other packages, basic types and undefined types. */
    @Test
    void invalidReceivers() throws Exception { check("receiver_errors"); }

    /** Import paths that are not canonical (path.Clean would change them), refused as gc's importer does. */
    @Test
    void nonCanonicalImportPaths() throws Exception { check("import_errors"); }

    /** Conversions between struct types and unnamed pointers to them ignore struct tags; defined pointer types do not convert so. */
    @Test
    void conversionsIgnoreTags() throws Exception { check("conversion_errors"); }

    /** gc's rules for //go:embed directives: one package-level variable with a type and no initializer. */
    @Test
    void embedDirectives() throws Exception { check("embed_errors"); }

    /** Untyped integer constants are limited to 512 bits: "constant multiplication overflow", and no follow-on errors. */
    @Test
    void untypedConstantOverflow() throws Exception { check("constoverflow_errors"); }

    /** Expressions as statements (not used, must be called, go/defer discards result), operand strings, assignability of map elements. */
    @Test
    void statementContext() throws Exception { check("statement_context"); }

    /** Assignment mismatches, declaration arity, argument and result counts with have/want, untyped nil contexts, append/copy, ... */
    @Test
    void counts() throws Exception { check("counts"); }

    /** Index checks (types2's index and isValidIndex) and the indices of array and slice literals. */
    @Test
    void indices() throws Exception { check("indices"); }

    /** Comparisons and switch cases: mismatched types, incomparable causes, nil. */
    @Test
    void comparisons() throws Exception { check("comparisons"); }

    /** Constant types, inherited constant initializers, init without body, non-local methods, blank fields, range-over-func, select cases. */
    @Test
    void declarations() throws Exception { check("declarations"); }

    /** //go:noescape on a function with a body (gc's back-end check, after type checking succeeded). */
    @Test
    void noescapeWithBody() throws Exception { check("noescape"); }

    /** Implementation causes, lookup hints, struct literal keys, parameter names of function types, embedded fields, terminating statements, malformed floats. */
    @Test
    void lookupsAndCauses() throws Exception { check("lookups"); }

    /** Duplicate switch cases, map keys and slice indices; incomparable cases; struct literal keys; unused type switch variables. */
    @Test
    void duplicatesAndLiterals() throws Exception { check("duplicates"); }

    /** Cases that only type arguments make equal are no duplicates (instances are not checked again for them). */
    @Test
    void genericCases() throws Exception { check("genericcases"); }

    /** Package-level init and main that are not functions; duplicate parameter names in function types and interface methods. */
    @Test
    void initMainAndParameterNames() throws Exception { check("decl_names"); }

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
    /** Interface methods: explicit names unique, embedded methods of a name only with identical signatures. */
    @Test
    void duplicateMethods() throws Exception { check("duplicate_methods"); }
}
