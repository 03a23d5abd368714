package goj.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** All of $GOROOT/src parses without errors, and parse → print → parse gives the same tree. */
class RoundTripTest {
    @Test void gorootSrc() throws Exception {
        Path src = TestUtil.goroot().resolve("src");
        List<Path> files = TestUtil.goFiles(src);
        assertTrue(files.size() > 5000, "expected the Go source tree at " + src + ", found " + files.size() + " files");
        List<String> failures = new ArrayList<>();
        int[] errors = {0};
        Thread t = new Thread(null, () -> {
            for (Path f : files) {
                try {
                    byte[] b = Files.readAllBytes(f);
                    List<Diagnostic> errs = new ArrayList<>();
                    File tree = Syntax.parse(f.toString(), b, errs::add, Syntax.CHECK_BRANCHES);
                    if (!errs.isEmpty()) {
                        errors[0] += errs.size();
                        if (failures.size() < 20) failures.add(errs.getFirst().toString());
                        continue;
                    }
                    String printed = Printer.print(tree);
                    List<Diagnostic> errs2 = new ArrayList<>();
                    File tree2 = Syntax.parse(f.toString(), printed.getBytes(StandardCharsets.UTF_8), errs2::add, Syntax.CHECK_BRANCHES);
                    if (!errs2.isEmpty() || tree2 == null) {
                        if (failures.size() < 20) failures.add(f + ": reparse: " + errs2);
                        continue;
                    }
                    String d1 = Dumper.dump(tree, false), d2 = Dumper.dump(tree2, false);
                    if (!d1.equals(d2) && failures.size() < 20) failures.add(f + ": tree differs after print\n" + firstDiff(d1, d2));
                } catch (Exception e) {
                    failures.add(f + ": " + e);
                }
            }
        }, "roundtrip", 1L << 29);
        t.start();
        t.join();
        assertEquals(0, errors[0], "syntax errors in $GOROOT/src: " + failures);
        assertEquals(List.of(), failures);
    }

    private static String firstDiff(String a, String b) {
        String[] x = a.split("\n"), y = b.split("\n");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) return "line " + (i + 1) + ":\n  " + x[i] + "\n  " + y[i];
        }
        return "length " + x.length + " vs " + y.length;
    }
}
