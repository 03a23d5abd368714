package goj.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class BuildConstraintTest {
    private static final Predicate<String> T = java.util.Set.of("linux", "amd64", "gc", "goexperiment.regabiargs")::contains;

    @Test void goBuildExpressions() {
        assertTrue(BuildConstraint.eval("//go:build linux && amd64", T));
        assertFalse(BuildConstraint.eval("//go:build !linux", T));
        assertTrue(BuildConstraint.eval("//go:build (darwin || linux) && !386", T));
        assertFalse(BuildConstraint.eval("//go:build amd64 && !gc", T));
        assertFalse(BuildConstraint.eval("//go:build cgo", T));
        assertTrue(BuildConstraint.eval("//go:build !goexperiment.arenas && goexperiment.regabiargs", T));
        assertFalse(BuildConstraint.eval("//go:build goexperiment.simd && amd64", T));
        assertTrue(BuildConstraint.eval("//go:build !(windows || plan9)", T));
        assertFalse(BuildConstraint.eval("//go:build ignore", T));
    }

    @Test void plusBuildLines() {
        assertTrue(BuildConstraint.eval("// +build linux,amd64 windows", T));
        assertFalse(BuildConstraint.eval("// +build !linux", T));
        assertFalse(BuildConstraint.eval("// +build darwin,amd64 windows", T));
        assertTrue(BuildConstraint.eval("// +build !nacl,!js", T));
    }

    @Test void recognisers() {
        assertTrue(BuildConstraint.isGoBuild("//go:build linux"));
        assertFalse(BuildConstraint.isGoBuild("//go:buildlinux"));
        assertFalse(BuildConstraint.isGoBuild("// go:build linux"));
        assertTrue(BuildConstraint.isPlusBuild("// +build linux"));
        assertFalse(BuildConstraint.isPlusBuild("// +buildlinux"));
        assertFalse(BuildConstraint.isPlusBuild("// run"));
        assertTrue(BuildConstraint.eval("// run", T), "a non-constraint line does not exclude");
    }

    @Test void firstFailingLine() {
        assertNull(BuildConstraint.firstFailing(List.of("//go:build linux", "// +build amd64"), T));
        assertEquals("//go:build windows",
                BuildConstraint.firstFailing(List.of("//go:build linux", "//go:build windows"), T));
    }

    @Test void minimumGoVersion() {
        assertEquals("go1.21", BuildConstraint.goVersion("//go:build go1.21 && linux"));
        assertEquals("go1.18", BuildConstraint.goVersion("//go:build go1.18 || (go1.20 && linux)"));
        assertEquals("", BuildConstraint.goVersion("//go:build !go1.21"));
        assertEquals("go1", BuildConstraint.goVersion("//go:build go1"));
        assertEquals("", BuildConstraint.goVersion("//go:build linux"));
        assertEquals("", BuildConstraint.goVersion("//go:build ((go1.21"));
    }

    @Test void headerOfAFile() {
        byte[] src = """
                // Copyright

                /* block
                   comment */
                //go:build linux && !cgo
                // +build linux,!cgo

                // Package doc.
                package p

                //go:build windows
                """.getBytes();
        assertEquals(List.of("//go:build linux && !cgo", "// +build linux,!cgo"), BuildConstraint.headerLines(src));
        assertEquals(List.of(), BuildConstraint.headerLines("package p\n//go:build ignore\n".getBytes()));
    }

    @Test void fileSelection() {
        assertTrue(BuildConstraint.selects(List.of("//go:build linux", "// +build windows"), T),
                "a //go:build line wins over // +build lines");
        assertFalse(BuildConstraint.selects(List.of("// +build linux", "// +build windows"), T),
                "// +build lines are and-ed");
        assertFalse(BuildConstraint.selects(List.of("//go:build (linux"), T), "a bad //go:build line excludes");
        assertTrue(BuildConstraint.selects(List.of(), T));
    }
}
