package goj.testdir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GoRegexpTest {
    private static boolean find(String re, String s) {
        return GoRegexp.compile(re).matcher(s).find();
    }

    @Test void braceThatIsNotARepetitionIsLiteral() {
        assertTrue(find("\\[\\]int{...} does not escape$", "[]int{...} does not escape"));
        assertTrue(find("struct {}", "struct {}"));
        assertTrue(find("a{2}", "aa"));
        assertFalse(find("^a{2}$", "a"));
        assertTrue(find("x{1,}y", "xxy"));
    }

    @Test void charClasses() {
        assertTrue(find("[[]", "["));
        assertTrue(find("[]a]", "]"));
        assertTrue(find("[a&&b]", "&"), "&& is not intersection in Go");
        assertTrue(find("[[:alpha:]]+[[:digit:]]", "abc1"));
        assertFalse(find("^[[:^space:]]$", " "));
        assertTrue(find("[^\"]*", "abc"));
    }

    @Test void namedGroupsAndEscapes() {
        assertTrue(find("(?P<n>x)\\.y", "x.y"));
        assertTrue(find("\\Q{[(\\E", "{[("));
        assertEquals("a\\{b", GoRegexp.translate("a{b"));
    }
}
