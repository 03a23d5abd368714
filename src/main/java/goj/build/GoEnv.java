package goj.build;

import java.nio.file.Path;

/**
 * The environment goj compiles for and keeps its files in: the go command's GOOS, GOARCH,
 * GOVERSION and goj's cache directory.
 *
 * <p>goj always targets linux/amd64 semantics (64-bit int, amd64 sizes and alignments), whatever
 * the host: the JVM hides the host, and gc's behaviour on linux/amd64 is the reference.
 */
public final class GoEnv {
    /** The goj release. */
    public static final String GOJ_VERSION = "0.1.0";
    /** The Go language version goj implements; GOROOT sources must be of this release. */
    public static final String GO_RELEASE = "go1.27";
    public static final String GOOS = "linux";
    public static final String GOARCH = "amd64";

    private GoEnv() {}

    /** goj's cache directory: $GOJCACHE, else $XDG_CACHE_HOME/goj, else ~/.cache/goj. */
    public static Path cacheDir() {
        String d = System.getenv("GOJCACHE");
        if (d != null && !d.isEmpty()) return Path.of(d).toAbsolutePath();
        String x = System.getenv("XDG_CACHE_HOME");
        if (x != null && !x.isEmpty()) return Path.of(x, "goj").toAbsolutePath();
        return Path.of(System.getProperty("user.home"), ".cache", "goj");
    }
}
