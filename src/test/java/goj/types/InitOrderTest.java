package goj.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import goj.syntax.Diagnostic;
import goj.syntax.Syntax;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Package initialization order and gc's initialization-cycle reports. */
class InitOrderTest {
    private static List<String> errors(String src) {
        List<Diagnostic> diags = new ArrayList<>();
        var file = Syntax.parse("p.go", src.getBytes(StandardCharsets.UTF_8), diags::add, Syntax.CHECK_BRANCHES);
        new Checker(new Package("p", "p"), new Info(), diags::add).checkFiles(List.of(file));
        // the compiler reports diagnostics sorted by position, as gc does
        return diags.stream().sorted(java.util.Comparator.comparing(Diagnostic::pos)).map(Diagnostic::toString).toList();
    }

    private static List<String> order(String src) {
        var file = Syntax.parse("p.go", src.getBytes(StandardCharsets.UTF_8), d -> { throw new AssertionError(d); }, Syntax.CHECK_BRANCHES);
        Checker c = new Checker(new Package("p", "p"), new Info(), d -> { throw new AssertionError(d); });
        c.checkFiles(List.of(file));
        return c.varInits.stream().map(vi -> vi.lhs().getFirst().name()).toList();
    }

    @Test void dependenciesFirstThenDeclarationOrder() {
        assertEquals(List.of("c", "b", "a", "d"), order("""
                package p
                var a = b + c
                var b = f()
                var c = 1
                var d = 2
                func f() int { return c }
                """));
    }

    @Test void selfReference() {
        assertEquals(List.of("p.go:3:5: initialization cycle: i refers to itself"), errors("""
                package p
                func f(i int) int { return i }
                var i = func() int { a := f(i); return a }()
                """));
    }

    @Test void cyclesThroughVariablesAndFunctions() {
        assertEquals(List.of(
                "p.go:2:5: initialization cycle for a\n\tp.go:2:5: a refers to b\n\tp.go:3:5: b refers to c\n\tp.go:4:5: c refers to a",
                "p.go:6:5: initialization cycle for d\n\tp.go:6:5: d refers to f\n\tp.go:5:6: f refers to d"), errors("""
                package p
                var a = b
                var b = c
                var c = a
                func f() int { return d }
                var d = f()
                """));
    }

    /** A cycle through the second variable of a multi-value declaration is reported from that variable, as gc does. */
    @Test void cycleThroughSecondVariable() {
        assertEquals(List.of(
                "p.go:2:8: initialization cycle for b\n\tp.go:2:8: b refers to f\n\tp.go:4:6: f refers to c\n\tp.go:3:5: c refers to b"), errors("""
                package p
                var a, b = f()
                var c    = b
                func f() (int, int) { return c, c }
                """));
    }
}
