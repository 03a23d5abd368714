package goj.testdir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderTest {
    @Test void plainRun() throws Exception {
        Header h = Header.parse("// run\n\n// Copyright\n\npackage main\n");
        assertEquals("run", h.action());
        assertEquals(List.of(), h.flags());
        assertEquals(List.of(), h.args());
        assertFalse(h.wantError());
    }

    @Test void buildLinesBeforeRecipeAreSkipped() throws Exception {
        String src = "//go:build !nacl && !js\n// +build linux\n\n// errorcheck -0 -m -l\n\npackage p\n";
        Header h = Header.parse(src);
        assertEquals("errorcheck", h.action());
        assertEquals(List.of("-m", "-l"), h.flags());
        assertFalse(h.wantError(), "-0 turns off the want-error of errorcheck");
        assertEquals(List.of("//go:build !nacl && !js", "// +build linux"), h.constraintLines());
    }

    @Test void errorcheckWithAutoWantsErrorsAndAuto() throws Exception {
        Header h = Header.parse("// errorcheckwithauto -0 -l -live -wb=0 -d=ssa/insert_resched_checks/off\n\npackage main\n");
        assertEquals("errorcheckwithauto", h.action());
        assertTrue(h.wantAuto());
        assertFalse(h.wantError());
        assertEquals(List.of("-l", "-live", "-wb=0", "-d=ssa/insert_resched_checks/off"), h.flags());
    }

    @Test void runnerFlagsAreConsumed() throws Exception {
        Header h = Header.parse("// runindir -goexperiment fieldtrack -gomodversion \"1.23\" -t 10 -s -ldflags -k=x arg1\npackage main\n");
        assertEquals("fieldtrack", h.goExperiment());
        assertEquals("1.23", h.goModVersion());
        assertEquals(10, h.timeoutSeconds());
        assertTrue(h.singleFilePkgs());
        assertEquals(List.of("-ldflags", "-k=x"), h.flags());
        assertEquals(List.of("arg1"), h.args());
    }

    @Test void quotedFlagStaysOneWord() throws Exception {
        Header h = Header.parse("// run -gcflags='all=-N -l'\n\npackage main\n");
        assertEquals(List.of("-gcflags=all=-N -l"), h.flags());
    }

    @Test void programArgsAfterFlags() throws Exception {
        Header h = Header.parse("// run -1 x -y\npackage main\n");
        assertTrue(h.wantError());
        assertEquals(List.of("x", "-y"), h.args());
    }

    @Test void noSpaceAfterSlashes() throws Exception {
        assertEquals("errorcheck", Header.parse("//errorcheck -0 -m\npackage p\n").action());
    }

    @Test void unknownActionAndBadTimeout() {
        assertThrows(Header.BadHeaderException.class, () -> Header.parse("// Copyright 2015 The Go Authors.\npackage p\n"));
        assertThrows(Header.BadHeaderException.class, () -> Header.parse("// run -t x\npackage p\n"));
        assertThrows(Header.BadHeaderException.class, () -> Header.parse("\n\n"));
    }

    @Test void constraintLinesStopAtPackage() {
        String src = "// run\n\n//go:build linux\n\npackage main\n\n//go:build ignore\n";
        assertEquals(List.of("//go:build linux"), Header.constraintLines(src));
    }

    @Test void splitQuotedLikeGoBuild() {
        assertEquals(List.of("a", "b:c d", "ef", "g\""), Header.splitQuoted("a b:\"c d\" 'e''f'  \"g\\\"\""));
        assertEquals(List.of(), Header.splitQuoted("   "));
        assertEquals(List.of(""), Header.splitQuoted("\"\""));
        assertThrows(IllegalArgumentException.class, () -> Header.splitQuoted("a 'b"));
        assertThrows(IllegalArgumentException.class, () -> Header.splitQuoted("a\\"));
    }
}
