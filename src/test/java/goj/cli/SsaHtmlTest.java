package goj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code goj tool ssa -html}: one self-contained page, one column per pass. */
class SsaHtmlTest {
    @TempDir Path dir;

    @Test
    void pageHasAColumnPerPassAndFetchesNothing() throws Exception {
        Path src = dir.resolve("p.go");
        Files.writeString(src, "package main\n\nfunc sum(s []int) int {\n\tt := 0\n\tfor i := 0; i < len(s); i++ {\n\t\tt += s[i]\n\t}\n\treturn t\n}\n\nfunc main() { println(sum(nil)) }\n");
        Path html = dir.resolve("out.html");
        assertEquals(0, Main.execute("tool", "ssa", "-html", html.toString(), "-func", "sum", src.toString()));
        String page = Files.readString(html);
        assertEquals(1 + goj.ssa.Passes.ALL.size(), page.split("<th>", -1).length - 1);
        assertEquals(1 + goj.ssa.Passes.ALL.size(), page.split("<td><pre>", -1).length - 1);
        assertTrue(page.contains("(in bounds)"), "the last column shows bounds-check elimination");
        assertTrue(page.contains("<span class=\"new\">"), "lines a pass changed are marked");
        assertFalse(page.contains("http"), "nothing fetched");
        assertFalse(page.contains("<link") || page.contains(" src="), "nothing fetched");
        assertEquals(1, Main.execute("tool", "ssa", "-html", html.toString(), "-func", "nosuch", src.toString()));
    }
}
