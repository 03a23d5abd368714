package goj.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import goj.syntax.Diagnostic;
import goj.syntax.Syntax;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The package's language version (gc's -lang) gates the features of later Go versions. */
class LangVersionTest {
    private static final String SRC = """
            package p
            type t1 struct{ f1, f2 int }
            type t2 struct {
            	g int
            	*t1
            }
            type t3 struct{ t2 }
            var _ = t3{g: 1}
            var _ = t2{f1: 1}
            var _ = t3{t2: t2{}}
            """;

    private static List<String> check(int lang) {
        List<Diagnostic> diags = new ArrayList<>();
        var file = Syntax.parse("p.go", SRC.getBytes(StandardCharsets.UTF_8), diags::add, Syntax.CHECK_BRANCHES);
        Checker c = new Checker(new Package("p", "p"), new Info(), diags::add);
        c.setLang("go1." + lang);
        c.checkFiles(List.of(file));
        return diags.stream().map(d -> d.pos().line() + ":" + d.pos().col() + ": " + d.msg()).toList();
    }

    @Test void promotedFieldKeysNeedGo127() {
        assertEquals(List.of(
                "8:12: use of promoted field t2.g in struct literal of type t3 requires go1.27 or later (-lang was set to go1.26; check go.mod)",
                "9:12: use of promoted field t1.f1 in struct literal of type t2 requires go1.27 or later (-lang was set to go1.26; check go.mod)"),
                check(26));
        assertEquals(List.of("9:12: invalid implicit pointer indirection to reach f1"), check(27));
    }
}
