package goj.build;

import goj.syntax.BuildConstraint;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The files of the package in one directory, chosen as the go command does for GOOS=linux,
 * GOARCH=amd64, CGO_ENABLED=0 and goj's {@link BuildTags}: {@code .go} files that are not
 * {@code _test.go} files, do not start with {@code _} or {@code .}, whose name suffix
 * ({@code _GOOS}, {@code _GOARCH}, {@code _GOOS_GOARCH}) fits the target and whose build
 * constraints hold. Files with {@code import "C"} need cgo, which is off: they are left out.
 *
 * @param dir      the directory
 * @param goFiles  the selected Go files, in name order
 * @param ignored  the Go files left out by their name suffix or constraints (for "build constraints exclude all")
 * @param external whether the directory has assembly or other non-Go sources (a Go function may then have no body)
 */
public record PackageFiles(Path dir, List<Path> goFiles, List<Path> ignored, boolean external) {
    /** GOOS values go/build knows (syslist.go); a file named for one of them is for that system only. */
    static final Set<String> KNOWN_OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
            "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1",
            "windows", "zos");
    /** GOARCH values go/build knows. */
    static final Set<String> KNOWN_ARCH = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64",
            "arm64be", "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc",
            "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm");

    /** Non-Go source kinds that the go command hands to the assembler or a C compiler. */
    private static final Set<String> EXTERNAL = Set.of(".s", ".S", ".sx", ".c", ".cc", ".cpp", ".cxx",
            ".h", ".hh", ".hpp", ".hxx", ".m", ".f", ".F", ".for", ".f90", ".syso");

    /** Lists and selects the files of {@code dir}. */
    public static PackageFiles of(Path dir) throws IOException {
        List<Path> names = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) if (Files.isRegularFile(p)) names.add(p);
        }
        names.sort(null);
        List<Path> go = new ArrayList<>(), ignored = new ArrayList<>();
        boolean external = false;
        for (Path p : names) {
            String name = p.getFileName().toString();
            if (name.startsWith("_") || name.startsWith(".")) continue;
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot);
            if (!ext.equals(".go")) {
                if (EXTERNAL.contains(ext) && goodOSArchFile(name)) external = true;
                continue;
            }
            if (name.endsWith("_test.go")) continue;
            if (goodOSArchFile(name) && selected(Files.readAllBytes(p))) {
                go.add(p);
            } else {
                ignored.add(p);
            }
        }
        return new PackageFiles(dir, List.copyOf(go), List.copyOf(ignored), external);
    }

    /**
     * Whether a file name's {@code _GOOS}, {@code _GOARCH} or {@code _GOOS_GOARCH} suffix (after
     * dropping {@code .go}/other extension and {@code _test}) allows linux/amd64. The part before
     * the first {@code _} never counts: {@code linux.go} has no constraint.
     */
    public static boolean goodOSArchFile(String name) {
        int dot = name.indexOf('.');
        if (dot >= 0) name = name.substring(0, dot);
        int u = name.indexOf('_');
        if (u < 0) return true;
        String[] l = name.substring(u).split("_", -1);
        int n = l.length;
        if (n >= 2 && l[n - 1].equals("test")) n--;
        if (n >= 2 && KNOWN_OS.contains(l[n - 2]) && KNOWN_ARCH.contains(l[n - 1])) {
            return l[n - 2].equals(GoEnv.GOOS) && l[n - 1].equals(GoEnv.GOARCH);
        }
        if (n >= 1 && KNOWN_OS.contains(l[n - 1])) return l[n - 1].equals(GoEnv.GOOS);
        if (n >= 1 && KNOWN_ARCH.contains(l[n - 1])) return l[n - 1].equals(GoEnv.GOARCH);
        return true;
    }

    /** Whether the build constraints of file {@code src} hold and it does not import "C". */
    private static boolean selected(byte[] src) {
        return BuildConstraint.selects(BuildConstraint.headerLines(src), BuildTags::matches) && !importsC(src);
    }

    private static final byte[] IMPORT_C = "import \"C\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** Whether the file imports "C" (a cgo file): a line that starts with {@code import "C"}. */
    private static boolean importsC(byte[] src) {
        for (int i = 0; i + IMPORT_C.length <= src.length; i++) {
            if ((i == 0 || src[i - 1] == '\n') && java.util.Arrays.equals(src, i, i + IMPORT_C.length, IMPORT_C, 0, IMPORT_C.length)) return true;
        }
        return false;
    }
}
