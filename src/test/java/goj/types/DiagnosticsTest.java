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

    /** complex, real, imag, min, max, clear and complex constants: gc's wording and positions. */
    @Test
    void builtinsAndComplexConstants() throws Exception { check("builtins_errors"); }

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

    /** Interface methods: explicit names unique, embedded methods of a name only with identical signatures. */
    @Test
    void duplicateMethods() throws Exception { check("duplicate_methods"); }
}
