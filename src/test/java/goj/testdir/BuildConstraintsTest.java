package goj.testdir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class BuildConstraintsTest {
    private static final Predicate<String> T = BuildConstraints::gojTag;

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

    @Test void goBuildExpressions() {
        assertTrue(BuildConstraints.eval("//go:build linux && amd64", T));
        assertFalse(BuildConstraints.eval("//go:build !linux", T));
        assertTrue(BuildConstraints.eval("//go:build (darwin || linux) && !386", T));
        assertFalse(BuildConstraints.eval("//go:build amd64 && !gc", T));
        assertFalse(BuildConstraints.eval("//go:build cgo", T));
        assertTrue(BuildConstraints.eval("//go:build !goexperiment.arenas", T));
        assertFalse(BuildConstraints.eval("//go:build goexperiment.simd && amd64", T));
        assertTrue(BuildConstraints.eval("//go:build !(windows || plan9)", T));
        assertFalse(BuildConstraints.eval("//go:build ignore", T));
    }

    @Test void plusBuildLines() {
        assertTrue(BuildConstraints.eval("// +build linux,amd64 windows", T));
        assertFalse(BuildConstraints.eval("// +build !linux", T));
        assertFalse(BuildConstraints.eval("// +build darwin,amd64 windows", T));
        assertTrue(BuildConstraints.eval("// +build !nacl,!js", T));
    }

    @Test void recognisers() {
        assertTrue(BuildConstraints.isGoBuild("//go:build linux"));
        assertFalse(BuildConstraints.isGoBuild("//go:buildlinux"));
        assertFalse(BuildConstraints.isGoBuild("// go:build linux"));
        assertTrue(BuildConstraints.isPlusBuild("// +build linux"));
        assertFalse(BuildConstraints.isPlusBuild("// +buildlinux"));
        assertFalse(BuildConstraints.isPlusBuild("// run"));
        assertTrue(BuildConstraints.eval("// run", T), "a non-constraint line does not exclude");
    }

    @Test void firstFailingLine() {
        assertNull(BuildConstraints.firstFailing(List.of("//go:build linux", "// +build amd64"), T));
        assertEquals("//go:build windows",
                BuildConstraints.firstFailing(List.of("//go:build linux", "//go:build windows"), T));
    }
}
