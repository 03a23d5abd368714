package goj.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the programs in {@code src/test/resources/goj/e2e} with {@code goj run} in a child JVM and
 * compares their combined output with the {@code .out} files, which hold what gc 1.27 printed.
 * A program whose first line is {@code // exit N} must exit with N; its {@code .out} then holds the
 * output up to the traceback's first line (gc's frames carry program counters goj does not imitate).
 * Outputs are compared byte for byte.
 */
class EndToEndTest {
    static final Path DIR = Path.of("src/test/resources/goj/e2e");

    record Run(int status, String output) {}

    static Run goj(String... args) throws IOException, InterruptedException {
        List<String> cmd = goj.testdir.GojToolchain.defaultPrefix();
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        // Latin-1 keeps every byte as one char, so outputs with invalid UTF-8 compare exactly
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "goj did not finish");
        return new Run(p.exitValue(), out);
    }

    @TestFactory
    Stream<DynamicTest> programs() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(f -> f.toString().endsWith(".go")).sorted().toList();
        }
        assertTrue(files.size() >= 4, "test programs missing in " + DIR);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String src = Files.readString(f, StandardCharsets.ISO_8859_1);
            int want = src.startsWith("// exit ") ? Integer.parseInt(src.substring(8, src.indexOf('\n')).trim()) : 0;
            String expected = Files.readString(Path.of(f.toString().replaceFirst("\\.go$", ".out")), StandardCharsets.ISO_8859_1);
            Run r = goj("run", f.toString());
            assertEquals(want, r.status(), () -> "exit status; output:\n" + r.output());
            if (want == 0) assertEquals(expected, r.output());
            else assertTrue(r.output().startsWith(expected), () -> "output does not start with\n" + expected + "\ngot:\n" + r.output());
        }));
    }

    @Test
    void compileErrorsAreGoStyleDiagnostics() throws Exception {
        Path dir = Files.createTempDirectory("goj-e2e");
        Path f = dir.resolve("bad.go");
        Files.writeString(f, """
                package main

                func main() {
                	x := 1
                	var s string = 2
                	println(y)
                }
                """);
        Run r = goj("tool", "compile", f.toString());
        assertEquals(1, r.status());
        assertEquals(f + ":4:2: declared and not used: x\n"
                + f + ":5:6: declared and not used: s\n"
                + f + ":5:17: cannot use 2 (untyped int constant) as string value in variable declaration\n"
                + f + ":6:10: undefined: y\n", r.output());
    }

    @Test
    void syntaxErrorsStopBeforeTypes() throws Exception {
        Path dir = Files.createTempDirectory("goj-e2e");
        Path f = dir.resolve("bad.go");
        Files.writeString(f, "package main\n\nfunc main() {\n\tx := \n}\n");
        Run r = goj("run", f.toString());
        assertEquals(1, r.status());
        assertTrue(r.output().startsWith(f + ":5:1: syntax error: unexpected }"), r.output());
    }
}
