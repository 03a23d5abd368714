package goj.testdir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorCheckTest {
    private static final String FULL = "/goroot/test/x.go";

    private static ErrorCheck.Outcome check(String src, String out) throws Exception {
        return ErrorCheck.check(out, false, List.of(new ErrorCheck.Source(FULL, "x.go", src)));
    }

    @Test void matchesOnItsLineWithOrWithoutColumns() throws Exception {
        String src = "package p\n\nvar x int = \"s\" // ERROR \"cannot use|incompatible\"\n";
        assertTrue(check(src, FULL + ":3:13: cannot use \"s\" (untyped string constant) as int value\n").ok());
        assertTrue(check(src, FULL + ":3: cannot use \"s\"\n").ok());
        assertTrue(check(src, "x.go:3:13: incompatible type\n").ok());
    }

    @Test void missingAndMismatch() throws Exception {
        String src = "package p\n\nvar x int = \"s\" // ERROR \"cannot use\"\n";
        ErrorCheck.Outcome none = check(src, "");
        assertFalse(none.ok());
        assertEquals("errorcheck:missing", none.category());
        assertEquals(List.of("x.go:3: missing error \"cannot use\""), none.missing());

        ErrorCheck.Outcome wrong = check(src, FULL + ":3:5: something else\n");
        assertEquals("errorcheck:missing", wrong.category());
        assertTrue(wrong.missing().getFirst().startsWith("x.go:3: no match for `cannot use` in:"));
        // the message that did not match is left over as unmatched too, as in Go's runner
        assertEquals(List.of("x.go:3:5: something else"), wrong.unexpected());
    }

    @Test void unexpectedErrorsOnOtherLinesFail() throws Exception {
        String src = "package p\n\nvar x int = \"s\" // ERROR \"cannot use\"\nvar y = z\n";
        ErrorCheck.Outcome o = check(src, FULL + ":3:13: cannot use x\n" + FULL + ":4:9: undefined: z\n");
        assertEquals(List.of(), o.missing());
        assertEquals(List.of("x.go:4:9: undefined: z"), o.unexpected());
        assertEquals("errorcheck:unexpected", o.category());
    }

    @Test void aMatchConsumesOnlyTheMessagesItMatches() throws Exception {
        String src = "package p\nvar _ = a + b // ERROR \"undefined: a\"\n";
        ErrorCheck.Outcome o = check(src, FULL + ":2:9: undefined: a\n" + FULL + ":2:13: undefined: b\n");
        assertEquals(List.of(), o.missing());
        assertEquals(List.of("x.go:2:13: undefined: b"), o.unexpected());
        String both = "package p\nvar _ = a + b // ERROR \"undefined: a\" \"undefined: b\"\n";
        assertTrue(check(both, FULL + ":2:9: undefined: a\n" + FULL + ":2:13: undefined: b\n").ok());
        String alt = "package p\nvar _ = a + b // ERROR \"undefined: (a|b)\"\n";
        assertTrue(check(alt, FULL + ":2:9: undefined: a\n" + FULL + ":2:13: undefined: b\n").ok(),
                "one regexp matching every message of its line consumes them all");
    }

    @Test void severalRegexpsEachNeedAMessage() throws Exception {
        // escape2n.go:622
        String src = "package p\n\tmyprint(z, 1, 2, 3) // ERROR \"1 does not escape\" \"2 does not escape\" \"... argument does not escape$\"\n";
        String all = FULL + ":2:13: 1 does not escape\n" + FULL + ":2:16: 2 does not escape\n"
                + FULL + ":2:9: ... argument does not escape\n";
        assertTrue(check(src, all).ok());
        ErrorCheck.Outcome o = check(src, FULL + ":2:13: 1 does not escape\n");
        assertEquals(2, o.missing().size(), "the first want consumed the only message of the line");
    }

    @Test void lineSubstitutions() throws Exception {
        // issue22822.go: LINE-1; bug195.go: LINE and LINE+4 inside continuation lines
        String src = "package p\nvar len = 1\nvar _ = len(s) // ERROR \"cannot call non-function len .type int., declared at LINE-1\"\n";
        assertTrue(check(src, FULL + ":3:9: cannot call non-function len (type int), declared at x.go:2\n").ok());
        assertEquals("x.go:7", ErrorCheck.substituteLine("LINE", "x.go", 7));
        assertEquals("a x.go:11 b x.go:5", ErrorCheck.substituteLine("a LINE+4 b LINE-2", "x.go", 7));

        String rec = "package p\ntype I5 interface { // GC_ERROR \"invalid recursive type I5\\n\\tLINE:.* I5 refers to I6\\n\\tLINE+1:.* I6 refers to I5$\"\n\tI6\n}\n";
        // continuation lines start with a tab and belong to the message before
        String out = FULL + ":2:6: invalid recursive type I5\n\t" + FULL + ":2:6: I5 refers to I6\n\t"
                + FULL + ":3:6: I6 refers to I5\n";
        assertTrue(check(rec, out).ok(), () -> check0(rec, out));
    }

    private static String check0(String src, String out) {
        try {
            return check(src, out).report();
        } catch (Exception e) {
            return e.toString();
        }
    }

    @Test void onlyDoubleQuotedPartsAreRegexps() throws Exception {
        // cannotassign.go: // ERROR `cannot assign to "hi"` -- Go's runner reads only "hi"
        List<ErrorCheck.Wanted> w = ErrorCheck.wantedErrors("\t\"hi\" = 7 // ERROR `cannot assign to \"hi\"`\n", "x.go");
        assertEquals(1, w.size());
        assertEquals("hi", w.getFirst().reStr());
        // issue7921.go mixes "..." and `"..."`
        w = ErrorCheck.wantedErrors("b.Grow(64) // ERROR \"a\\[:b\\]$\" \"inlining call to bytes.\\(\\*Buffer\\).Grow$\" `\".+\" escapes to heap`\n", "x.go");
        assertEquals(List.of("a\\[:b\\]$", "inlining call to bytes.\\(\\*Buffer\\).Grow$", ".+"),
                w.stream().map(ErrorCheck.Wanted::reStr).toList());
    }

    @Test void gcErrorCountsGccgoErrorDoesNot() throws Exception {
        String src = "type S struct { // GC_ERROR \"invalid recursive type\"\n\tx interface{ S } // GCCGO_ERROR \"interface\"\n";
        List<ErrorCheck.Wanted> w = ErrorCheck.wantedErrors(src, "x.go");
        assertEquals(1, w.size());
        assertEquals(1, w.getFirst().lineNum());
    }

    @Test void quadrupleSlashDisables() throws Exception {
        assertEquals(List.of(), ErrorCheck.wantedErrors("x //// ERROR \"x\"\n", "x.go"));
    }

    @Test void badComments() {
        assertThrows(ErrorCheck.BadCommentException.class, () -> ErrorCheck.wantedErrors("x // ERROR nothing quoted\n", "x.go"));
        assertThrows(ErrorCheck.BadCommentException.class, () -> ErrorCheck.wantedErrors("x // ERROR \"(\"\n", "x.go"));
    }

    @Test void goRegexpSyntaxInWants() throws Exception {
        String src = "package p\nvar _ = &Bar{42, nil} // ERROR \"&Bar{...} escapes to heap$\"\n";
        assertTrue(check(src, FULL + ":2:9: &Bar{...} escapes to heap\n").ok());
        assertFalse(check(src, FULL + ":2:9: &Bar{...} escapes to heap, really\n").ok());
    }

    @Test void autogenerated() throws Exception {
        String src = "package p\n\t// ERRORAUTO \"inlining call to T.meth\"\n";
        List<ErrorCheck.Source> s = List.of(new ErrorCheck.Source(FULL, "x.go", src));
        assertTrue(ErrorCheck.check("<autogenerated>:1: inlining call to T.meth\n", true, s).ok());
        // without wantAuto, <autogenerated> lines are dropped before matching
        assertFalse(ErrorCheck.check("<autogenerated>:1: inlining call to T.meth\n", false, s).ok());
    }

    @Test void splitOutputDropsNoise() {
        assertEquals(List.of("x.go:1: a\n\tmore", "x.go:2: b"),
                ErrorCheck.splitOutput("# command-line-arguments\nx.go:1: a\n\tmore\r\n\ngo tool compile: exit 1\nx.go:2: b\n", false));
    }

    @Test void errorsInOtherFilesAreIgnored() throws Exception {
        // -m output about inlined code from another package is not this test's business
        String src = "package p\n";
        assertTrue(check(src, "/goroot/src/fmt/print.go:10:2: inlining call to x\n").ok());
        assertFalse(check(src, FULL + ":1:1: oops\n").ok());
    }

    @Test void matchPrefixNeedsColonOrBracket() {
        assertTrue(ErrorCheck.matchPrefix("dir/x.go:3:4: m", "x.go:3"));
        assertTrue(ErrorCheck.matchPrefix("x.go:3[abc]: m", "x.go:3"));
        assertFalse(ErrorCheck.matchPrefix("x.go:31: m", "x.go:3"));
        assertFalse(ErrorCheck.matchPrefix("yx.go:3: m", "x.go:3"));
    }
}
