package goj.cli;

import goj.build.Compiler;
import goj.build.JarWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code goj build [-o OUT] FILE.go... | DIR}: compiles the files of package main into one
 * executable file (a sh launcher followed by a jar; see {@link JarWriter}). As with
 * {@code go build}, the default output is named after the first file without {@code .go} (or
 * after the directory) and written to the current directory; an {@code -o} naming an existing
 * directory (or ending in a slash) puts it there. On compile errors prints them, exits 1 and
 * writes nothing. A directory means all its {@code .go} files except {@code _test.go} ones; build
 * constraints ({@code //go:build}, {@code _GOOS} file names) are not applied yet.
 */
@Command(name = "build", description = "compile Go files into an executable (sh launcher + jar)")
public final class BuildCommand implements Runnable {
    @Option(names = "-o", paramLabel = "OUT", description = "write the executable to OUT (a file or directory)")
    String output;

    @Parameters(arity = "0..*", paramLabel = "FILE.go|DIR") List<String> args = new ArrayList<>();

    @Override public void run() {
        List<Path> files = new ArrayList<>();
        String defaultName;
        if (args.isEmpty()) args = List.of(".");
        if (args.size() == 1 && !args.getFirst().endsWith(".go")) {
            Path dir = Path.of(args.getFirst());
            if (!Files.isDirectory(dir)) fail("go: cannot find package " + args.getFirst());
            files.addAll(goFiles(dir));
            if (files.isEmpty()) fail("go: no Go files in " + dir.toAbsolutePath().normalize());
            Path name = dir.toAbsolutePath().normalize().getFileName();
            defaultName = name == null ? "main" : name.toString();
        } else {
            for (String a : args) {
                if (!a.endsWith(".go")) fail("go: named files must be .go files: " + a);
                if (Files.isDirectory(Path.of(a))) fail("go: named files must be .go files, not directories: " + a);
                files.add(Path.of(a));
            }
            String first = files.getFirst().getFileName().toString();
            defaultName = first.substring(0, first.length() - 3);
        }

        Compiler.Result r = Compiler.compile(files);
        if (!r.ok()) {
            Diagnostics.print(r.diagnostics(), false);
            throw new Main.ExitException(1);
        }
        if (r.mainClass() == null) {
            // go build discards the result of a non-main package unless -o asks for it
            if (output == null) return;
            fail("go: -o " + output + ": package is not a main package (goj builds executables only)");
        }

        Path out = output == null ? Path.of(defaultName) : Path.of(output);
        if (output != null && (output.endsWith("/") || Files.isDirectory(out))) out = out.resolve(defaultName);
        if (Files.isDirectory(out)) fail("go: build output \"" + out + "\" already exists and is a directory");
        if (Files.exists(out) && !isEmptyFile(out) && !JarWriter.isGojExecutable(out)) {
            fail("go: build output \"" + out + "\" already exists and is not an object file");
        }
        try {
            JarWriter.write(out, r.classes(), r.mainClass());
        } catch (java.nio.file.NoSuchFileException e) {
            fail("go: open " + out + ": no such file or directory");
        } catch (java.nio.file.AccessDeniedException e) {
            fail("go: open " + out + ": permission denied");
        } catch (IOException | RuntimeException e) {
            fail("go: writing " + out + ": " + e);
        }
    }

    private static boolean isEmptyFile(Path p) {
        try {
            return Files.isRegularFile(p) && Files.size(p) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The .go files of {@code dir} that are not tests, sorted by name (as the go command lists them). */
    static List<Path> goFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".go") && !n.endsWith("_test.go") && !n.startsWith(".") && !n.startsWith("_")
                        && Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException e) {
            fail("go: reading " + dir + ": " + e.getMessage());
            return List.of();
        }
    }

    private static void fail(String msg) {
        System.err.println(msg);
        throw new Main.ExitException(1);
    }
}
