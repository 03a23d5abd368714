package goj.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goj.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code goj build}: builds programs in this JVM and runs the executables in child processes, as
 * {@code ./app} (through the sh launcher) and as {@code java -jar app}.
 */
class BuildCommandTest {
    static final String JAVA_HOME = System.getProperty("java.home");
    static final String JAVA = Path.of(JAVA_HOME, "bin", "java").toString();
    static final String PANIC = """
            package main

            func f(n int) int {
            	if n == 0 {
            		panic("boom")
            	}
            	return f(n - 1)
            }

            func main() {
            	println("before")
            	f(3)
            }
            """;

    @TempDir static Path dir;
    static Path hello, panics;

    record Run(int status, String stdout, String stderr) {}
    record Goj(int status, String stderr) {}

    @BeforeAll
    static void buildPrograms() throws IOException {
        hello = dir.resolve("hello");
        Goj g = goj("build", "-o", hello.toString(), "examples/hello/hello.go");
        assertEquals(0, g.status(), g.stderr());
        assertEquals("", g.stderr());
        Path src = dir.resolve("panics.go");
        Files.writeString(src, PANIC);
        g = goj("build", "-o", dir + "/", src.toString());
        assertEquals(0, g.status(), g.stderr());
        panics = dir.resolve("panics");
    }

    /** Runs goj in this JVM, returning its status and what it printed on stderr. */
    static Goj goj(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int status = Main.execute(args);
            return new Goj(status, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    static Run run(Map<String, String> env, String... cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("JAVA_HOME", JAVA_HOME);
        pb.environment().remove("GOJ_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "program did not finish");
        return new Run(p.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
    }

    static Run run(String... cmd) throws IOException, InterruptedException {
        return run(Map.of(), cmd);
    }

    @Test
    void helloRunsAsExecutable() throws Exception {
        assertTrue(Files.isExecutable(hello));
        Run r = run(hello.toString());
        assertEquals(new Run(0, "", "hello, world\n"), r);
    }

    @Test
    void helloRunsWithJavaJar() throws Exception {
        Run r = run(JAVA, "-Xss512m", "-jar", hello.toString());
        assertEquals(new Run(0, "", "hello, world\n"), r);
    }

    @Test
    void panicExitsTwoLikeGoRun() throws Exception {
        Run built = run(panics.toString());
        assertEquals(2, built.status(), built.stderr());
        assertEquals("", built.stdout());
        assertTrue(built.stderr().startsWith("before\npanic: boom\n\ngoroutine 1 [running]:\n"), built.stderr());
        assertEquals(built, run(JAVA, "-Xss512m", "-jar", panics.toString()));
        List<String> viaRunCmd = goj.testdir.GojToolchain.defaultPrefix();
        viaRunCmd.addAll(List.of("run", dir.resolve("panics.go").toString()));
        Run viaRun = run(viaRunCmd.toArray(String[]::new));
        // like go run, goj run adds "exit status N" after the program's own output
        assertEquals(2, viaRun.status());
        assertEquals(built.stdout(), viaRun.stdout());
        assertEquals(built.stderr() + "exit status 2\n", viaRun.stderr());
    }

    @Test
    void compileErrorWritesNothing() throws Exception {
        Path d = Files.createDirectory(dir.resolve("bad"));
        Path src = d.resolve("bad.go");
        Files.writeString(src, "package main\n\nfunc main() {\n\tx := 1\n}\n");
        Goj g = goj("build", "-o", d.resolve("bad").toString(), src.toString());
        assertEquals(1, g.status());
        assertEquals(src + ":4:2: declared and not used: x\n", g.stderr());
        try (Stream<Path> s = Files.list(d)) {
            assertEquals(List.of(src), s.toList(), "only the source is left");
        }
    }

    @Test
    void refusesToOverwriteOtherFiles() throws Exception {
        Path d = Files.createDirectory(dir.resolve("keep"));
        Path precious = d.resolve("hello");
        Files.writeString(precious, "my notes\n");
        Goj g = goj("build", "-o", d + "/", "examples/hello/hello.go");
        assertEquals(1, g.status());
        assertTrue(g.stderr().contains("already exists and is not an object file"), g.stderr());
        assertEquals("my notes\n", Files.readString(precious));
        // an executable goj wrote is replaced
        Files.copy(panics, precious, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(0, goj("build", "-o", precious.toString(), "examples/hello/hello.go").status());
        assertArrayEquals(Files.readAllBytes(hello), Files.readAllBytes(precious));
    }

    @Test
    void jarHoldsProgramAndRuntimeOnly() throws Exception {
        Map<String, byte[]> classes = new HashMap<>();
        String main;
        try (JarFile jar = new JarFile(hello.toFile())) {
            main = jar.getManifest().getMainAttributes().getValue("Main-Class");
            for (Enumeration<? extends ZipEntry> en = jar.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                String n = e.getName();
                assertFalse(n.startsWith("goj/") && !n.equals("goj/") && !n.startsWith("goj/rt/"), n);
                assertFalse(n.startsWith("picocli") || n.contains("/syntax/") || n.contains("/types/"), n);
                if (n.endsWith(".class")) {
                    try (var in = jar.getInputStream(e)) {
                        classes.put(n.substring(0, n.length() - 6), in.readAllBytes());
                    }
                }
            }
        }
        assertEquals("main.Package", main);
        assertTrue(classes.containsKey("main/Package"));
        for (String rt : List.of("Runtime", "GoPanic", "GoPanic$RuntimeError", "GoString", "Print")) {
            assertTrue(classes.containsKey("goj/rt/" + rt), rt + " missing");
        }
        // every class the jar's classes refer to is in the jar or in the JDK
        ClassLoader platform = ClassLoader.getPlatformClassLoader();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, byte[]> c : classes.entrySet()) {
            for (PoolEntry pe : ClassFile.of().parse(c.getValue()).constantPool()) {
                if (!(pe instanceof ClassEntry ce)) continue;
                String n = ce.asInternalName().replaceFirst("^\\[+", "");
                if (n.startsWith("L") && n.endsWith(";")) n = n.substring(1, n.length() - 1);
                else if (n.length() == 1) continue;
                if (classes.containsKey(n)) continue;
                try {
                    Class.forName(n.replace('/', '.'), false, platform);
                } catch (ClassNotFoundException e) {
                    missing.add(c.getKey() + " -> " + n);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void outputIsReproducibleAndAValidZip() throws Exception {
        Path again = dir.resolve("hello2");
        assertEquals(0, goj("build", "-o", again.toString(), "examples/hello/hello.go").status());
        byte[] a = Files.readAllBytes(hello);
        assertArrayEquals(a, Files.readAllBytes(again));
        // zip offsets were shifted past the launcher: the first entry's local header is where the
        // central directory says (what strict readers such as unzip check)
        String text = new String(a, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("#!/bin/sh\n" + JarWriter.MAGIC));
        int local = text.indexOf("PK\3\4");
        int cen = text.indexOf("PK\1\2");
        int off = (a[cen + 42] & 0xFF) | (a[cen + 43] & 0xFF) << 8 | (a[cen + 44] & 0xFF) << 16 | (a[cen + 45] & 0xFF) << 24;
        assertEquals(local, off);
    }

    @Test
    void directoryArgumentNamesTheOutput() throws Exception {
        Path pkg = Files.createDirectories(dir.resolve("src/greeter"));
        Files.writeString(pkg.resolve("a.go"), "package main\n\nfunc main() {\n\tprintln(greet())\n}\n");
        Files.writeString(pkg.resolve("b.go"), "package main\n\nfunc greet() string { return \"hi\" }\n");
        Files.writeString(pkg.resolve("a_test.go"), "package main\n\nthis is not Go\n");
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Goj g = goj("build", "-o", bin.toString(), pkg.toString());
        assertEquals(0, g.status(), g.stderr());
        assertEquals(new Run(0, "", "hi\n"), run(JAVA, "-jar", bin.resolve("greeter").toString()));
    }

    @Test
    void launcherPrefersJavaHomeAndPassesArguments() throws Exception {
        Path jdk = Files.createDirectories(dir.resolve("fakejdk/bin"));
        Path java = jdk.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a; do echo \"[$a]\"; done\n");
        assertTrue(java.toFile().setExecutable(true));
        Files.writeString(jdk.resolveSibling("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"26.0.1\"\n");
        Run r = run(Map.of("JAVA_HOME", jdk.getParent().toString(), "GOJ_JAVA_OPTS", "-Dx=1"), hello.toString(), "a b", "");
        assertEquals(0, r.status(), r.stderr());
        assertEquals("[-Xss512m]\n[-XX:+UseCompactObjectHeaders]\n[-XX:+UseParallelGC]\n[-Xmn24m]\n[-XX:-UsePerfData]\n[-Dx=1]\n[-jar]\n[" + hello + "]\n[a b]\n[]\n",
                r.stdout());
        // a Java older than 25 in JAVA_HOME is passed over for a newer one
        Files.writeString(jdk.resolveSibling("release"), "JAVA_VERSION=\"17.0.2\"\n");
        r = run(Map.of("JAVA_HOME", jdk.getParent().toString(), "PATH", JAVA_HOME + "/bin:/usr/bin:/bin"), hello.toString());
        assertEquals(new Run(0, "", "hello, world\n"), r);
    }
}
