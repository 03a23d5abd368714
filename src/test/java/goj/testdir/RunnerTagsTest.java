package goj.testdir;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class RunnerTagsTest {
    private static final Predicate<String> T = RunnerTags::matches;

    @Test void targetTags() {
        assertTrue(T.test("linux"));
        assertTrue(T.test("amd64"));
        assertTrue(T.test("gc"), "goj behaves as gc");
        assertFalse(T.test("gccgo"));
        assertFalse(T.test("cgo"), "cgo is off");
        assertTrue(T.test("go1.1"));
        assertTrue(T.test("go1.27"));
        assertFalse(T.test("go1.28"));
        assertFalse(T.test("go1.01"));
        assertTrue(T.test("test_run"));
        assertFalse(T.test("unix"), "Go's runner does not know unix");
        assertFalse(T.test("goj"), "nor goj's own tag");
        assertFalse(T.test("ignore"));
        assertFalse(T.test("gcflags_noopt"));
        assertFalse(T.test("bad-tag"));
        assertFalse(T.test(""));
    }

    @Test void experiments() {
        assertTrue(T.test("goexperiment.regabiargs"));
        assertTrue(T.test("goexperiment.greenteagc"));
        assertFalse(T.test("goexperiment.simd"));
        assertFalse(T.test("goexperiment.arenas"));
        assertFalse(T.test("goexperiment.fieldtrack"));
    }
}
