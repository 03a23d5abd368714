package goj.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing over $GOROOT/test files (seeded): truncations, byte flips, byte insertions and
 * deletions, token-ish swaps. Every input must give a tree or diagnostics, never an exception, and
 * parse in bounded time; a file that yields no tree must have at least one diagnostic.
 */
class FuzzTest {
    private static final String[] SNIPPETS = {"{", "}", "(", ")", "[", "]", ";", "\n", ",", ":=", "=", "...",
            "func", "go", "if", "else", "for", "range", "switch", "case", "type", "interface", "struct", "chan", "<-",
            "~", "|", "\"", "'", "`", "/*", "//", "//line x.go:1\n", "0x", "1e", "_", "\u00e9", "\u00ff", "\0"};

    @Test void mutations() throws Exception {
        List<Path> files = TestUtil.goFiles(TestUtil.goroot().resolve("test"));
        assertTrue(files.size() > 1000, "expected $GOROOT/test");
        Random rnd = new Random(20260127L);
        List<String> failures = new ArrayList<>();
        int[] count = {0};
        Thread t = new Thread(null, () -> {
            for (int i = 0; i < 4000; i++) {
                Path f = files.get(rnd.nextInt(files.size()));
                byte[] b;
                try {
                    b = Files.readAllBytes(f);
                } catch (Exception e) {
                    continue;
                }
                if (b.length > 20000) b = java.util.Arrays.copyOf(b, 20000);
                byte[] m = mutate(b, rnd);
                long t0 = System.nanoTime();
                try {
                    List<Diagnostic> errs = new ArrayList<>();
                    File tree = Syntax.parse("fuzz.go", m, errs::add, Syntax.CHECK_BRANCHES);
                    if (tree == null && errs.isEmpty()) failures.add(f + " #" + i + ": no tree and no error");
                    for (Diagnostic d : errs) {
                        if (d.pos() == null || d.msg().isEmpty()) failures.add(f + " #" + i + ": bad diagnostic " + d);
                    }
                } catch (Throwable e) {
                    failures.add(f + " #" + i + ": " + e + " at " + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : ""));
                }
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (ms > 2000) failures.add(f + " #" + i + ": took " + ms + " ms");
                count[0]++;
            }
        }, "fuzz", 1L << 29);
        t.start();
        t.join();
        assertEquals(List.of(), failures.size() > 20 ? failures.subList(0, 20) : failures);
        assertTrue(count[0] > 3000);
    }

    private static byte[] mutate(byte[] b, Random rnd) {
        int n = 1 + rnd.nextInt(4);
        for (int k = 0; k < n; k++) {
            if (b.length == 0) return b;
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(5)) {
                case 0 -> b = java.util.Arrays.copyOf(b, at); // truncate
                case 1 -> { b = b.clone(); b[at] = (byte) rnd.nextInt(256); } // flip
                case 2 -> { // delete a span
                    int len = Math.min(b.length - at, 1 + rnd.nextInt(8));
                    byte[] c = new byte[b.length - len];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, at + len, c, at, b.length - at - len);
                    b = c;
                }
                case 3 -> { // insert a token-ish snippet
                    byte[] s = SNIPPETS[rnd.nextInt(SNIPPETS.length)].getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    byte[] c = new byte[b.length + s.length];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(s, 0, c, at, s.length);
                    System.arraycopy(b, at, c, at + s.length, b.length - at);
                    b = c;
                }
                default -> { // swap two spans
                    int at2 = rnd.nextInt(b.length);
                    int len = Math.min(Math.min(b.length - at, b.length - at2), 1 + rnd.nextInt(6));
                    b = b.clone();
                    for (int i = 0; i < len; i++) {
                        byte x = b[at + i];
                        b[at + i] = b[at2 + i];
                        b[at2 + i] = x;
                    }
                }
            }
        }
        return b;
    }
}
