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

    /**
     * Struct literal keys naming promoted fields (Go 1.27) and their overlaps, indirections and
     * methods; nil converted to unsafe.Pointer inside a constant expression.
     */
    @Test
    void structLiteralKeys() throws Exception { check("struct_literal_errors"); }

    /** Array lengths up to int's range; gc's size limit (1<<50 bytes) reported at declarations, through pointers and recursive types. */
    @Test
    void largeArrays() throws Exception { check("large_arrays"); }

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
}
