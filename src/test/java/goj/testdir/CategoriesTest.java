package goj.testdir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CategoriesTest {
    @Test void reasons() {
        assertEquals("not-yet-supported:go statement",
                Categories.ofOutput("x.go:3:2: goj: not yet supported: go statement\n"));
        assertEquals("import:fmt", Categories.ofOutput("x.go:3:8: could not import \"fmt\" (no std yet)\n"));
        assertEquals("ice", Categories.ofOutput("x.go:1:1: internal compiler error: boom\n"));
        assertEquals("goj-unimplemented:run", Categories.ofOutput("goj run: not implemented yet\n"));
        assertEquals("goj-flag:-lang", Categories.ofOutput("goj: Unknown option: '-lang=go1.20'\n"));
        assertEquals("jvm-crash:StackOverflowError",
                Categories.ofOutput("Exception in thread \"main\" java.lang.StackOverflowError\n\tat x\n"));
        assertNull(Categories.ofOutput("x.go:3:2: undefined: y\n"));
        assertNull(Categories.ofOutput(""));
    }

    @Test void iceWinsOverTheRest() {
        assertEquals("ice", Categories.ofOutput("goj: not yet supported: x\ninternal compiler error: y\n"));
    }
}
