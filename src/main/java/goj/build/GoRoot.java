package goj.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Go 1.27 GOROOT source tree: stdlib sources ({@code src}), Go's test suite ({@code test}) and
 * the spec ({@code doc/go_spec.html}).
 *
 * <p>{@link #resolve()} looks, in order, at {@code $GOROOT} (if it is a 1.27.x tree), at
 * {@code go env GOROOT} (if a go1.27 is on PATH), and at goj's cache (filled by {@link Setup});
 * it runs the setup when none is found, and writes the generated files a source-only tree lacks
 * ({@link GeneratedSources}). A tree qualifies only when its {@code VERSION} file names
 * go1.27.x and its {@code src/internal/goversion} agrees.
 */
public record GoRoot(Path dir, String version) {
    private static final Pattern VERSION = Pattern.compile("^go1\\.27(\\.\\d+)?\\b");

    public Path src() { return dir.resolve("src"); }
    public Path test() { return dir.resolve("test"); }
    public Path spec() { return dir.resolve("doc/go_spec.html"); }

    private static volatile GoRoot resolved;

    /** The GOROOT goj compiles against, fetching one into the cache when none is installed. */
    public static GoRoot resolve() {
        GoRoot r = resolved;
        if (r == null) {
            synchronized (GoRoot.class) {
                r = resolved;
                if (r == null) {
                    r = find().orElseGet(() -> Setup.run(System.err));
                    try {
                        GeneratedSources.ensure(r.dir(), r.version());
                    } catch (java.io.IOException e) {
                        // a read-only tree: an installed toolchain, which has its generated files
                    }
                    resolved = r;
                }
            }
        }
        return r;
    }

    /** An installed Go 1.27 GOROOT, without fetching anything. */
    public static Optional<GoRoot> find() {
        String env = System.getProperty("goj.goroot", System.getenv("GOROOT"));
        if (env != null && !env.isEmpty()) {
            Optional<GoRoot> g = at(Path.of(env));
            if (g.isPresent()) return g;
        }
        Optional<GoRoot> g = fromGoOnPath();
        if (g.isPresent()) return g;
        return at(Setup.cachedRoot());
    }

    /** The tree at {@code dir} if it is a complete Go 1.27.x source tree. */
    public static Optional<GoRoot> at(Path dir) {
        try {
            Path v = dir.resolve("VERSION");
            if (!Files.isRegularFile(v) || !Files.isDirectory(dir.resolve("src/runtime"))) return Optional.empty();
            String first = Files.readAllLines(v, StandardCharsets.UTF_8).stream().findFirst().orElse("").trim();
            Matcher m = VERSION.matcher(first);
            if (!m.find() || !goversionIs27(dir)) return Optional.empty();
            return Optional.of(new GoRoot(dir.toAbsolutePath().normalize(), m.group()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** True if {@code src/internal/goversion/goversion.go} declares {@code Version = 27}. */
    static boolean goversionIs27(Path dir) throws IOException {
        Path f = dir.resolve("src/internal/goversion/goversion.go");
        return Files.isRegularFile(f)
                && Pattern.compile("(?m)^const Version = 27$").matcher(Files.readString(f)).find();
    }

    private static Optional<GoRoot> fromGoOnPath() {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        for (String d : path.split(java.io.File.pathSeparator)) {
            Path go = Path.of(d.isEmpty() ? "." : d, "go");
            if (!Files.isExecutable(go)) continue;
            try {
                Process p = new ProcessBuilder(go.toString(), "env", "GOROOT")
                        .redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (!p.waitFor(20, TimeUnit.SECONDS)) { p.destroyForcibly(); return Optional.empty(); }
                return out.isEmpty() ? Optional.empty() : at(Path.of(out));
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
