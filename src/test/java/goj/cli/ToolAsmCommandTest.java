package goj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code goj tool asm}: bytecode listings with Go lines, safe points on loop back-edges only. */
class ToolAsmCommandTest {
    @TempDir Path dir;

    record Out(int status, String stdout) {}

    private Out asm(String... args) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 2];
            all[0] = "tool";
            all[1] = "asm";
            System.arraycopy(args, 0, all, 2, args.length);
            int status = Main.execute(all);
            return new Out(status, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(saved);
        }
    }

    private Path program() throws Exception {
        Path f = dir.resolve("prog.go");
        Files.writeString(f, """
                package main

                func sum(a []int) int {
                	s := 0
                	for i := 0; i < len(a); i++ {
                		s += a[i]
                	}
                	return s
                }

                func twice(x int) int { return 2 * x }

                func halve(x int) int {
                	n := 0
                	for x > 1 {
                		x /= 2
                		n++
                	}
                	return n
                }

                func main() {
                	println(twice(sum([]int{1, 2, 3})), halve(1000))
                }
                """);
        return f;
    }

    /** The listing of one function: its lines from its header to the next header. */
    private static List<String> function(String listing, String name) {
        List<String> lines = Arrays.asList(listing.split("\n"));
        int start = -1;
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(name + " STEXT ")) start = i;
        assertTrue(start >= 0, () -> "no " + name + " in\n" + listing);
        int end = start + 1;
        while (end < lines.size() && lines.get(end).startsWith("\t")) end++;
        return lines.subList(start, end);
    }

    @Test
    void listsEveryFunctionWithSourceLinesAndOffsets() throws Exception {
        Out r = asm(program().toString());
        assertEquals(0, r.status());
        List<String> sum = function(r.stdout(), "main.sum");
        assertTrue(sum.getFirst().endsWith(" desc=(Lgoj/rt/Slice;)J"), sum.getFirst());
        assertTrue(sum.contains("\t# prog.go:6\ts += a[i]"), () -> String.join("\n", sum));
        assertTrue(sum.stream().anyMatch(l -> l.matches("\t0x[0-9a-f]{4} \\d{5} \\(prog\\.go:8\\)\tlreturn")), () -> String.join("\n", sum));
        // every branch target is the offset of an instruction of the same function
        Pattern insn = Pattern.compile("\t(0x[0-9a-f]{4}) \\d{5} ");
        Set<String> offsets = sum.stream().map(insn::matcher).filter(Matcher::lookingAt).map(m -> m.group(1)).collect(Collectors.toSet());
        List<String> targets = sum.stream().filter(l -> l.contains("\tgoto ") || l.contains("\tif")).map(l -> l.substring(l.lastIndexOf(' ') + 1)).toList();
        assertFalse(targets.isEmpty());
        assertTrue(offsets.containsAll(targets), () -> targets + " not all in " + offsets);
        function(r.stdout(), "main.main");
        function(r.stdout(), "main.init");
    }

    @Test
    void safePointsOnlyOnLoopBackEdges() throws Exception {
        Out r = asm(program().toString());
        String poll = "invokestatic goj/rt/Preempt.poll()V";
        List<String> halve = function(r.stdout(), "main.halve");
        assertEquals(1, halve.stream().filter(l -> l.endsWith(poll)).count(), () -> String.join("\n", halve));
        int at = 0;
        while (!halve.get(at).endsWith(poll)) at++;
        String jump = halve.get(at + 3); // the poll resets the strip-mining counter (push, store), then jumps
        assertTrue(jump.contains("\tgoto "), jump);
        String from = halve.get(at).substring(1, 7), to = jump.substring(jump.lastIndexOf(' ') + 1);
        assertTrue(Integer.decode(to) < Integer.decode(from), "the polled jump goes backwards: " + jump);
        assertFalse(function(r.stdout(), "main.twice").stream().anyMatch(l -> l.endsWith(poll)));
        // a loop counting up to len(a) is bounded: no safe point
        assertFalse(function(r.stdout(), "main.sum").stream().anyMatch(l -> l.endsWith(poll)), () -> String.join("\n", function(r.stdout(), "main.sum")));
    }

    @Test
    void funcSelectsOneFunction() throws Exception {
        Path f = program();
        Out r = asm("-func", "twice", f.toString());
        assertEquals(0, r.status());
        assertTrue(r.stdout().startsWith("main.twice STEXT "), r.stdout());
        assertEquals(1, r.stdout().lines().filter(l -> !l.startsWith("\t")).count(), r.stdout());
        assertEquals(1, asm("-func", "nosuch", f.toString()).status());
    }
}
