package goj.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.CodeSource;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes a compiled Go program as one executable file: a short POSIX sh launcher followed by a
 * jar holding the program's classes, goj's runtime (every entry under {@code goj/rt/}, copied
 * from wherever {@code goj.rt.Runtime} was loaded) and a manifest naming the main class. Run it
 * as {@code ./app} (the launcher finds a Java 25 or newer and execs {@code java -jar} on the file
 * itself) or as {@code java -jar app}.
 *
 * <p>Zip readers find the central directory from the end of the file, so a prefix is allowed;
 * the offsets in the central directory are shifted by the prefix's length (what {@code zip -A}
 * does) so every reader, not only the lenient ones, sees a consistent archive. Entries carry a
 * fixed time stamp and are written in name order, so building the same program twice gives the
 * same bytes. The file is written beside its destination and renamed into place: an interrupted
 * build never leaves a half-written executable.
 */
public final class JarWriter {
    /** The package every generated class depends on, as an entry-name prefix. */
    public static final String RUNTIME_PREFIX = "goj/rt/";

    /** The launcher's second line: marks a file as written by goj (so it may be overwritten). */
    public static final String MAGIC = "# goj executable";

    /**
     * JVM options of the launcher: the same as {@code ./goj} gives {@code goj run} (deep recursion
     * needs big stacks, and the main goroutine's virtual thread gets -Xss too), plus {@code -Xmn24m}
     * (below; {@code ./goj} runs the compiler too, whose live heap is large) and
     * {@code -XX:-UsePerfData}, which keeps a Go binary from leaving {@code /tmp/hsperfdata_*} files
     * and saves a little start-up. The collector is Parallel: Go programs keep many small boxed
     * values alive (map entries, interface values), and copying them is where G1's young pauses
     * spent their time (core/maps: 9.5 s of CPU with G1, 5.7 s with Parallel; binarytrees,
     * strings, closures and generic 5-20% less CPU as well). Its young generation is fixed at
     * 24 MB, small enough to stay in the cache: the ergonomic size (a third of a heap of 1/64 of
     * memory) made allocation-heavy programs fault in fresh pages and miss the cache (core/closures
     * 3.4 s user + 1.7 s system time, 1.7 s + 0.3 s with 24 MB; maps and binarytrees unchanged).
     * Serial pauses long on big heaps, and C1-only ({@code TieredStopAtLevel=1}) would halve the
     * speed of long-running programs.
     * {@code $GOJ_JAVA_OPTS} adds options at run time (another collector there is a conflict).
     */
    public static final String JAVA_OPTIONS = "-Xss512m -XX:+UseCompactObjectHeaders -XX:+UseParallelGC -Xmn24m -XX:-UsePerfData";

    /**
     * The JDK package the runtime must reach into, as a manifest {@code Add-Opens} value (honoured
     * for the jar that {@code java -jar} runs): goroutines choose their scheduler through
     * {@code java.lang}'s virtual-thread builder ({@code goj.rt.Carriers}).
     */
    public static final String ADD_OPENS = "java.base/java.lang";

    private static final LocalDateTime TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private JarWriter() {}

    /**
     * Writes the executable for {@code classes} (internal name to class file) with main class
     * {@code mainClass} (binary name) to {@code out}, replacing it atomically, and makes it
     * executable.
     */
    public static void write(Path out, Map<String, byte[]> classes, String mainClass) throws IOException {
        byte[] bytes = executable(classes, mainClass);
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.setPosixFilePermissions(tmp, Set.of(
                        PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                        PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                        PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE));
            } catch (UnsupportedOperationException e) {
                tmp.toFile().setExecutable(true, false);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The whole executable: launcher, then the jar with central-directory offsets shifted past it. */
    public static byte[] executable(Map<String, byte[]> classes, String mainClass) throws IOException {
        byte[] prefix = launcher().getBytes(StandardCharsets.UTF_8);
        byte[] zip = jar(classes, mainClass);
        shiftOffsets(zip, prefix.length);
        byte[] all = new byte[prefix.length + zip.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(zip, 0, all, prefix.length, zip.length);
        return all;
    }

    /** The jar alone: manifest, program classes and runtime entries, each directory once, sorted. */
    public static byte[] jar(Map<String, byte[]> classes, String mainClass) throws IOException {
        TreeMap<String, byte[]> entries = new TreeMap<>(runtimeEntries());
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            String name = e.getKey() + ".class";
            if (name.startsWith(RUNTIME_PREFIX)) {
                throw new IllegalArgumentException("generated class " + e.getKey() + " is in the runtime's package");
            }
            entries.put(name, e.getValue());
        }
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.put(Attributes.Name.MAIN_CLASS, mainClass);
        a.put(new Attributes.Name("Created-By"), "goj " + version());
        a.put(new Attributes.Name("Add-Opens"), ADD_OPENS);
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 16);
        try (JarOutputStream jar = new JarOutputStream(buf)) {
            jar.setLevel(9);
            ZipEntry me = new ZipEntry("META-INF/MANIFEST.MF");
            me.setTimeLocal(TIME);
            jar.putNextEntry(me);
            mf.write(jar);
            jar.closeEntry();
            java.util.HashSet<String> dirs = new java.util.HashSet<>();
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                String name = e.getKey();
                for (int i = name.indexOf('/'); i >= 0; i = name.indexOf('/', i + 1)) {
                    String d = name.substring(0, i + 1);
                    if (dirs.add(d)) {
                        ZipEntry de = new ZipEntry(d);
                        de.setTimeLocal(TIME);
                        jar.putNextEntry(de);
                        jar.closeEntry();
                    }
                }
                ZipEntry ze = new ZipEntry(name);
                ze.setTimeLocal(TIME);
                jar.putNextEntry(ze);
                jar.write(e.getValue());
                jar.closeEntry();
            }
        }
        return buf.toByteArray();
    }

    private static String version() {
        String v = JarWriter.class.getPackage().getImplementationVersion();
        return v != null ? v : "devel";
    }

    /**
     * Every entry under {@code goj/rt/} (nested classes included) from the jar or class directory
     * {@code goj.rt.Runtime} was loaded from, by entry name.
     */
    public static Map<String, byte[]> runtimeEntries() throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        Path src = runtimeLocation();
        if (Files.isDirectory(src)) {
            Path rt = src.resolve(RUNTIME_PREFIX);
            try (Stream<Path> s = Files.walk(rt)) {
                for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                    m.put(src.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"), Files.readAllBytes(p));
                }
            }
        } else {
            try (ZipFile z = new ZipFile(src.toFile())) {
                for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements(); ) {
                    ZipEntry e = en.nextElement();
                    if (e.isDirectory() || !e.getName().startsWith(RUNTIME_PREFIX)) continue;
                    try (InputStream in = z.getInputStream(e)) {
                        m.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        if (!m.containsKey(RUNTIME_PREFIX + "Runtime.class")) {
            throw new IOException("goj runtime classes not found in " + src);
        }
        return m;
    }

    private static Path runtimeLocation() throws IOException {
        CodeSource cs = goj.rt.Runtime.class.getProtectionDomain().getCodeSource();
        URL url = cs == null ? null : cs.getLocation();
        if (url == null) throw new IOException("cannot locate goj's runtime classes (no code source for goj.rt.Runtime)");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot locate goj's runtime classes at " + url, e);
        }
    }

    /**
     * Adds {@code delta} to every offset in the zip's central directory and end record, as if
     * {@code delta} bytes preceded the archive. goj's jars are small: no zip64 records, no comment.
     */
    static void shiftOffsets(byte[] zip, int delta) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        if (end < 0 || b.getInt(end) != 0x06054b50) throw new IllegalStateException("zip end record not found");
        int count = Short.toUnsignedInt(b.getShort(end + 10));
        long cenOff = Integer.toUnsignedLong(b.getInt(end + 16));
        if (count == 0xFFFF || cenOff == 0xFFFFFFFFL) throw new IllegalStateException("zip64 archives are not supported");
        int p = (int) cenOff;
        for (int i = 0; i < count; i++) {
            if (b.getInt(p) != 0x02014b50) throw new IllegalStateException("bad central directory entry");
            b.putInt(p + 42, Math.addExact(b.getInt(p + 42), delta));
            p += 46 + Short.toUnsignedInt(b.getShort(p + 28)) + Short.toUnsignedInt(b.getShort(p + 30))
                    + Short.toUnsignedInt(b.getShort(p + 32));
        }
        b.putInt(end + 16, Math.addExact((int) cenOff, delta));
    }

    /** True if {@code file} starts like an executable this class wrote (or like a plain jar). */
    public static boolean isGojExecutable(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            String s = new String(head, StandardCharsets.ISO_8859_1);
            return s.startsWith("PK\3\4") || (s.startsWith("#!") && s.contains("\n" + MAGIC));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The POSIX sh prefix. It looks for a Java 25 or newer (by the {@code JAVA_VERSION} line of the
     * JDK's or JRE's {@code release} file) in {@code $JAVA_HOME}, then the {@code java} on PATH,
     * then the newest in the usual install places, and execs it on this file. Reading the release
     * files forks nothing, so the search costs well under a millisecond.
     */
    static String launcher() {
        return """
                #!/bin/sh
                @MAGIC@ (a POSIX sh launcher followed by a jar); also runs as: java -jar FILE
                # Built by goj @VERSION@. Needs Java 25 or newer: $JAVA_HOME, java on PATH, or an install in /usr/lib/jvm etc.
                goj_major() {
                  goj_v=
                  [ -x "$1/bin/java" ] && [ -f "$1/release" ] || return 1
                  while IFS= read -r goj_l || [ -n "$goj_l" ]; do
                    case $goj_l in JAVA_VERSION=*) goj_v=${goj_l#JAVA_VERSION=}; goj_v=${goj_v#\\"}; break;; esac
                  done < "$1/release"
                  goj_v=${goj_v%%[!0-9]*}
                  [ -n "$goj_v" ] || return 1
                  [ "$goj_v" = 1 ] && goj_v=8
                  return 0
                }
                goj_java=
                if [ -n "${JAVA_HOME:-}" ] && goj_major "$JAVA_HOME" && [ "$goj_v" -ge 25 ]; then
                  goj_java=$JAVA_HOME/bin/java
                fi
                if [ -z "$goj_java" ] && goj_p=$(command -v java 2>/dev/null) && [ -n "$goj_p" ]; then
                  goj_p=$(readlink -f "$goj_p" 2>/dev/null) || goj_p=
                  goj_p=${goj_p%/bin/java}
                  if [ -n "$goj_p" ] && goj_major "$goj_p" && [ "$goj_v" -ge 25 ]; then goj_java=$goj_p/bin/java; fi
                fi
                if [ -z "$goj_java" ]; then
                  goj_best=0
                  for goj_d in /usr/lib/jvm/* /usr/local/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*jdk* \\
                      "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
                    if [ -d "$goj_d" ] && goj_major "$goj_d" && [ "$goj_v" -ge 25 ] && [ "$goj_v" -gt "$goj_best" ]; then
                      goj_java=$goj_d/bin/java; goj_best=$goj_v
                    fi
                  done
                fi
                if [ -z "$goj_java" ]; then
                  echo "$0: needs Java 25 or newer (found none in \\$JAVA_HOME, on PATH or in /usr/lib/jvm); install one (for example Temurin 25) and set JAVA_HOME to it" >&2
                  exit 1
                fi
                exec "$goj_java" @OPTIONS@ ${GOJ_JAVA_OPTS:-} -jar "$0" "$@"
                exit 1
                """.replace("@MAGIC@", MAGIC).replace("@VERSION@", version()).replace("@OPTIONS@", JAVA_OPTIONS);
    }
}
