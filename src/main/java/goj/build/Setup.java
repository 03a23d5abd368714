package goj.build;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code goj setup}: fetches the Go 1.27 sources (Debian's {@code golang-1.27-src} and
 * {@code golang-1.27-doc}) into goj's cache.
 *
 * <p>It uses {@code apt-get download} through a private sources list built from the Debian mirror
 * this machine already uses (suite trixie-backports, then sid), so the system's apt configuration
 * is never changed. The packages are unpacked into a temporary directory beside the destination,
 * checked ({@code src/internal/goversion} must say 27), given a {@code VERSION} file taken from the
 * package version, and only then renamed into place: a half-done fetch never looks complete.
 */
public final class Setup {
    private static final String REL = "1.27";
    private static final String[] PACKAGES = {"golang-" + REL + "-src", "golang-" + REL + "-doc"};
    private static final String[] SUITES = {"trixie-backports", "sid"};

    private Setup() {}

    /** Where setup puts the GOROOT in goj's cache. */
    public static Path cachedRoot() {
        return GoEnv.cacheDir().resolve("go" + REL);
    }

    /** Fetches the sources unless the cache already has them; returns the cached GOROOT. */
    public static GoRoot run(PrintStream log) {
        Path dest = cachedRoot();
        try {
            Files.createDirectories(dest.getParent());
            try (FileChannel ch = FileChannel.open(dest.getParent().resolve(".setup.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                var have = GoRoot.at(dest);
                if (have.isPresent()) return have.get();
                fetch(dest, log);
                return GoRoot.at(dest).orElseThrow(() -> new SetupException(
                        "goj setup: fetched tree at " + dest + " is not a Go " + REL + " GOROOT"));
            }
        } catch (IOException e) {
            throw new SetupException("goj setup: " + e.getMessage(), e);
        }
    }

    private static void fetch(Path dest, PrintStream log) throws IOException {
        if (!onPath("apt-get") || !onPath("dpkg-deb")) {
            throw new SetupException(howToInstall("goj setup needs apt-get and dpkg-deb (Debian) to fetch them"));
        }
        String mirror = debianMirror();
        if (mirror == null) throw new SetupException(howToInstall("no Debian mirror is configured in /etc/apt"));
        log.println("goj: fetching the Go " + REL + " sources from " + mirror + " (once) ...");
        Path tmp = Files.createTempDirectory(dest.getParent(), ".setup-");
        try {
            Path apt = tmp.resolve("apt");
            Files.createDirectories(apt.resolve("lists/partial"));
            Files.createDirectories(apt.resolve("archives/partial"));
            Path debs = Files.createDirectories(tmp.resolve("debs"));
            String keyring = "/usr/share/keyrings/debian-archive-keyring.gpg";
            String signed = Files.exists(Path.of(keyring)) ? "[signed-by=" + keyring + "] " : "";
            StringBuilder sources = new StringBuilder();
            for (String suite : SUITES) sources.append("deb ").append(signed).append(mirror).append(' ').append(suite).append(" main\n");
            Files.writeString(apt.resolve("sources.list"), sources);
            List<String> opts = List.of(
                    "-o", "Dir::Etc::SourceList=" + apt.resolve("sources.list"),
                    "-o", "Dir::Etc::SourceParts=/dev/null",
                    "-o", "Dir::State::Lists=" + apt.resolve("lists"),
                    "-o", "Dir::Cache::Archives=" + apt.resolve("archives"),
                    "-o", "APT::Sandbox::User=root",
                    "-o", "Debug::NoLocking=1");
            exec(debs, log, cmd("apt-get", opts, "-q", "update"));
            boolean ok = false;
            for (String suite : SUITES) {
                List<String> names = new ArrayList<>();
                for (String p : PACKAGES) names.add(p + "/" + suite);
                if (execOk(debs, log, cmd("apt-get", opts, "-q", "download", names))) { ok = true; break; }
            }
            if (!ok) throw new SetupException(howToInstall("apt-get could not download " + String.join(" ", PACKAGES)));

            Path root = Files.createDirectories(tmp.resolve("root"));
            String debVersion = null;
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(debs, "*.deb")) {
                for (Path deb : ds) {
                    exec(tmp, log, List.of("dpkg-deb", "-x", deb.toString(), root.toString()));
                    if (deb.getFileName().toString().startsWith(PACKAGES[0] + "_")) {
                        debVersion = output(tmp, List.of("dpkg-deb", "-f", deb.toString(), "Version")).trim();
                    }
                }
            }
            Path go = root.resolve("usr/share/go-" + REL);
            Path html = root.resolve("usr/share/doc/golang-" + REL + "-doc/html");
            if (debVersion == null || !Files.isDirectory(go.resolve("src")) || !GoRoot.goversionIs27(go)) {
                throw new SetupException("goj setup: the downloaded packages do not hold Go " + REL + " sources");
            }
            if (Files.isDirectory(html)) Files.move(html, go.resolve("doc"));
            // The src package has no VERSION file (the -go package does); write gc's form of it.
            String v = "go" + debVersion.replaceFirst("^\\d+:", "").replaceFirst("[-~+].*$", "");
            if (!v.startsWith("go" + REL)) throw new SetupException("goj setup: package version " + debVersion + " is not Go " + REL);
            Files.writeString(go.resolve("VERSION"), v + "\n");
            try {
                Files.move(go, dest, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException e) {
                // another goj finished first; its tree is complete (it was renamed into place whole)
            }
            log.println("goj: Go sources " + v + " in " + dest);
        } finally {
            deleteTree(tmp);
        }
    }

    private static String howToInstall(String why) {
        return "goj setup: " + why + ".\n"
                + "Install Go " + REL + " (https://go.dev/dl/) and set GOROOT to it, or put its go command on PATH.";
    }

    /** The Debian mirror the machine's apt already uses, or null. */
    static String debianMirror() throws IOException {
        List<Path> files = new ArrayList<>();
        Path dir = Path.of("/etc/apt/sources.list.d");
        if (Files.isDirectory(dir)) try (Stream<Path> s = Files.list(dir)) { s.sorted().forEach(files::add); }
        files.add(Path.of("/etc/apt/sources.list"));
        for (Path f : files) {
            if (!Files.isRegularFile(f)) continue;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String t = line.trim();
                String uri = null;
                if (t.startsWith("URIs:")) uri = t.substring(5).trim().split("\\s+")[0];
                else if (t.startsWith("deb ")) {
                    for (String w : t.substring(4).trim().replaceAll("\\[[^]]*]", "").trim().split("\\s+")) {
                        if (w.contains("://")) { uri = w; break; }
                    }
                }
                if (uri != null && uri.replaceAll("/+$", "").endsWith("/debian")) return uri.replaceAll("/+$", "");
            }
        }
        return null;
    }

    private static List<String> cmd(String prog, List<String> opts, Object... rest) {
        List<String> c = new ArrayList<>();
        c.add(prog);
        c.addAll(opts);
        for (Object o : rest) {
            if (o instanceof List<?> l) l.forEach(x -> c.add(x.toString()));
            else c.add(o.toString());
        }
        return c;
    }

    private static boolean onPath(String prog) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String d : path.split(java.io.File.pathSeparator)) if (Files.isExecutable(Path.of(d, prog))) return true;
        return false;
    }

    private static void exec(Path dir, PrintStream log, List<String> command) throws IOException {
        if (!execOk(dir, log, command)) throw new SetupException("goj setup: command failed: " + String.join(" ", command));
    }

    private static boolean execOk(Path dir, PrintStream log, List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            int rc = p.waitFor();
            if (rc != 0) log.write(out);
            return rc == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return false;
        }
    }

    private static String output(Path dir, List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try { p.waitFor(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        return s;
    }

    private static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(x -> {
                try { Files.deleteIfExists(x); } catch (IOException e) { throw new UncheckedIOException(e); }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover .setup-* directory is never mistaken for a GOROOT
        }
    }

    /** A setup failure, with a message for the user. */
    public static final class SetupException extends RuntimeException {
        public SetupException(String msg) { super(msg); }
        public SetupException(String msg, Throwable cause) { super(msg, cause); }
    }
}
