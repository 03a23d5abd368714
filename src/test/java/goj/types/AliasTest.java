package goj.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import goj.syntax.Diagnostic;
import goj.syntax.Syntax;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Type aliases and the declaration cycles they may take part in. */
class AliasTest {
    @Test void aliasOfDefinedTypeUsedInsideThatTypesDeclaration() {
        List<Diagnostic> diags = new ArrayList<>();
        var file = Syntax.parse("p.go", """
                package p
                type Handler interface{ Serve(*W) }
                type W = writer
                type conn struct{ pending []pending }
                type pending struct{ h func(*W) }
                type writer struct{ c *conn }
                func run(f func(*writer)) {}
                func use(c *conn) { run(c.pending[0].h) }
                type A = A
                """.getBytes(StandardCharsets.UTF_8), diags::add, Syntax.CHECK_BRANCHES);
        Package pkg = new Package("p", "p");
        new Checker(pkg, new Info(), diags::add).checkFiles(List.of(file));
        assertEquals(List.of("9:6: invalid recursive type: A refers to itself"),
                diags.stream().map(d -> d.pos().line() + ":" + d.pos().col() + ": " + d.msg()).toList());
        assertSame(pkg.scope().lookup("writer").type(), pkg.scope().lookup("W").type());
    }
}
