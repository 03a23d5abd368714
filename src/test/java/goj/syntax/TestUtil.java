package goj.syntax;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Shared helpers of the syntax tests. */
final class TestUtil {
    private TestUtil() {}

    /**
     * GOROOT for the corpus tests: the goj.goroot property, else $GOROOT, else the reference
     * install used on the development machine. Fails (never skips) if none is usable.
     */
    static Path goroot() {
        String g = System.getProperty("goj.goroot");
        if (g == null || g.isEmpty()) g = System.getenv("GOROOT");
        if (g == null || g.isEmpty()) g = "/root/.cache/go-reference/root/usr/lib/go-1.27";
        Path p = Path.of(g);
        if (!Files.isDirectory(p.resolve("src"))) {
            throw new AssertionError("no Go source tree at " + p + "/src: pass -Dgoj.goroot=DIR or set GOROOT");
        }
        return p;
    }

    /** The .go files under dir (through symlinks), skipping testdata directories, sorted. */
    static List<Path> goFiles(Path dir) throws Exception {
        Path real = dir.toRealPath();
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(real)) {
            s.filter(f -> f.toString().endsWith(".go") && Files.isRegularFile(f))
                    .filter(f -> !real.relativize(f).toString().contains("testdata/"))
                    .sorted().forEach(out::add);
        }
        return out;
    }

    /** Parses src (Latin-1 text, so that each char below 256 is one byte) and returns its diagnostics as strings. */
    static List<String> errors(String src) {
        List<String> out = new ArrayList<>();
        Syntax.parse("x.go", src.getBytes(StandardCharsets.ISO_8859_1), d -> out.add(d.toString()), Syntax.CHECK_BRANCHES);
        return out;
    }

    /** Parses a file that must be error-free. */
    static File parseOk(String src) {
        List<Diagnostic> errs = new ArrayList<>();
        File f = Syntax.parse("x.go", src.getBytes(StandardCharsets.UTF_8), errs::add, Syntax.CHECK_BRANCHES);
        if (!errs.isEmpty()) throw new AssertionError("unexpected errors: " + errs + "\n" + src);
        return f;
    }

    /** The dump of the first declaration (or of the body statements of func f). */
    static String dump(Node n) { return Dumper.dump(n, false); }
}
