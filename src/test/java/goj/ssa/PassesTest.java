package goj.ssa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goj.build.Compiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each pass of {@link Passes} on small functions: the printed SSA before and after it changes as
 * the pass intends. (That programs still print what gc prints is checked by the end-to-end
 * program ssapasses.go.)
 */
class PassesTest {
    @TempDir Path dir;

    /** The printed SSA of {@code func} after building and after each pass, by pass name. */
    private Map<String, String> snapshots(String body, String func) throws IOException {
        Path f = dir.resolve("p.go");
        Files.writeString(f, "package main\n\n" + body + "\nfunc main() {}\n");
        Map<String, String> out = new LinkedHashMap<>();
        Compiler.Result r = Compiler.compile(List.of(f), (pass, prog) -> {
            for (Function fn : prog.functions()) if (fn.name().equals(func)) out.put(pass, Printer.print(fn));
        });
        assertTrue(r.ok(), () -> r.diagnostics().toString());
        return out;
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void passesRunInOrderAfterTheBuilder() throws IOException {
        Map<String, String> s = snapshots("func f() {}", "f");
        List<String> names = new java.util.ArrayList<>(List.of("build"));
        for (Passes.Pass p : Passes.ALL) names.add(p.name());
        assertEquals(names, List.copyOf(s.keySet()));
    }

    @Test
    void phiElimRemovesPhisOfUnchangedVariables() throws IOException {
        Map<String, String> s = snapshots("""
                func f(s []int, k int) int {
                	t := 0
                	for i := 0; i < len(s); i++ {
                		if s[i] > k {
                			t++
                		}
                	}
                	return t
                }""", "f");
        // s and k are never reassigned: the builder's phis for them are trivial
        assertTrue(count(s.get("build"), "phi \\[.*#s\\b") > 0);
        assertEquals(0, count(s.get("phielim"), "phi \\[.*#(s|k)\\b"));
        assertEquals(3, count(s.get("phielim"), "= phi \\[.*#(i|t)\\b"), s.get("phielim")); // i, t at the loop head, t after the if
    }

    @Test
    void constFoldFollowsTheOperandType() throws IOException {
        Map<String, String> s = snapshots("""
                func f() (int8, uint32, int) {
                	var a int8 = 100
                	b := a + 100
                	var w uint32 = 1
                	x := w << 31 * 2
                	y := 5
                	return b, x, y * 2
                }""", "f");
        assertTrue(count(s.get("escape"), " \\+ | \\* ") >= 2);
        String folded = s.get("deadcode");
        assertTrue(folded.contains("return -56:int8, 0:uint32, 10:int"), folded);
        assertEquals(0, count(folded, " \\+ | \\* | << "), folded);
    }

    @Test
    void constFoldLeavesDivisionByZeroToRunTime() throws IOException {
        String out = snapshots("func f() int { z := 0; return 7 / z }", "f").get("deadcode");
        assertTrue(out.contains("7:int / 0:int"), out);
    }

    @Test
    void deadCodeRemovesBranchesOnConstantsAndUnusedValues() throws IOException {
        Map<String, String> s = snapshots("""
                func f(n int) int {
                	debug := false
                	unused := n * 3
                	_ = unused
                	if debug {
                		println("debugging")
                	}
                	return n
                }""", "f");
        assertTrue(s.get("constfold").contains("println"));
        String out = s.get("deadcode");
        assertFalse(out.contains("println"), out);
        assertFalse(out.contains("if "), out);
        assertFalse(out.contains(" * "), out);
        assertTrue(count(out, "^\\d+:") < count(s.get("constfold"), "^\\d+:"));
    }

    @Test
    void boundsChecksGoWhereTheIndexIsProvablyInRange() throws IOException {
        String out = snapshots("""
                func f(s []int, a [4]int) int {
                	t := a[3]
                	for i := 0; i < len(s); i++ {
                		t += s[i]
                	}
                	for i, v := range s {
                		if i > 0 {
                			t += v * s[i-1]
                		}
                	}
                	for i := range a {
                		a[i] = i
                	}
                	for i := 0; i <= len(s); i++ {
                		t += s[i]
                	}
                	return t + s[t]
                }""", "f").get("bce");
        assertEquals(5, count(out, "\\(in bounds\\)"), out); // a[3], s[i] twice, s[i-1], a[i]
        assertEquals(2, count(out, "index t\\d+, t\\d+  int$"), out); // s[i] with i <= len(s), s[t]
    }

    @Test
    void narrowKeepsBoundedInductionVariablesInInts() throws IOException {
        String out = snapshots("""
                func f(s []int, n int) int {
                	t := 0
                	for i := 0; i < len(s); i++ {
                		t += s[i]
                	}
                	for i := range 100 {
                		t += i
                	}
                	for i := 0; i <= 2147483647; i++ {
                		t++
                	}
                	for i := 0; i < n; i++ {
                		t++
                	}
                	for i := -1; i < 10; i++ {
                		t++
                	}
                	return t
                }""", "f").get("narrow");
        // the first two loops: phi and increment each; <= max int32, an unknown bound and a negative start stay long
        assertEquals(4, count(out, "int \\(int32\\)$"), out);
    }

    @Test
    void escapeGivesReadOnlyCapturesNoCell() throws IOException {
        Map<String, String> s = snapshots("""
                func f(xs []int) int {
                	n := len(xs)
                	get := func() int { return n }
                	c := 0
                	inc := func() { c++ }
                	inc()
                	return get() + c
                }""", "f");
        assertEquals(2, count(s.get("phielim"), "newcell"));
        String out = s.get("escape");
        assertEquals(1, count(out, "newcell"), out);
        assertTrue(out.contains("escape: n: captured but never written, no cell"), out);
        assertTrue(out.contains("escape: c: heap cell (written at"), out);
        String lit = snapshots("""
                func f(xs []int) int {
                	n := len(xs)
                	get := func() int { return n }
                	return get()
                }""", "f$func1").get("escape");
        assertTrue(lit.startsWith("func f$func1(n int) int:"), lit);
        assertFalse(lit.contains("cellget"), lit);
    }
}
