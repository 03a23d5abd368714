package goj.cli;

import goj.syntax.Diagnostic;
import goj.syntax.Syntax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code goj tool parse}: parse Go files and report errors and throughput.
 *
 * <p>Directories are walked recursively for {@code *.go} files, skipping directories named
 * {@code testdata} (which hold deliberately broken or non-Go inputs; the go command ignores them).
 * Files named on the command line are always parsed.
 */
@Command(name = "parse", description = "parse Go files and report errors and throughput")
public final class ToolParseCommand implements Runnable {
    @Option(names = "-bench", description = "read the files once, parse them in several timed rounds, report the best")
    boolean bench;

    @Option(names = "-rounds", description = "timed rounds with -bench (default ${DEFAULT-VALUE})")
    int rounds = 10;

    @Option(names = "-q", description = "do not print the errors, only the summary")
    boolean quiet;

    @Parameters(paramLabel = "DIR|FILE", arity = "1..*", description = "Go files or directories")
    List<Path> paths = new ArrayList<>();

    @Override public void run() {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try {
                    Path real = p.toRealPath(); // walk through a symlinked root, report paths under p
                    try (Stream<Path> s = Files.walk(real)) {
                        s.filter(f -> f.toString().endsWith(".go") && Files.isRegularFile(f) && !skipped(real, f))
                                .map(f -> p.resolve(real.relativize(f))).sorted().forEach(files::add);
                    }
                } catch (IOException | UncheckedIOException e) {
                    System.err.println("goj tool parse: " + e.getMessage());
                    throw new Main.ExitException(1);
                }
            } else {
                files.add(p);
            }
        }
        List<byte[]> srcs = new ArrayList<>(files.size());
        long bytes = 0;
        for (Path f : files) {
            try {
                byte[] b = Files.readAllBytes(f);
                srcs.add(b);
                bytes += b.length;
            } catch (IOException e) {
                System.err.println("goj tool parse: " + e.getMessage());
                throw new Main.ExitException(1);
            }
        }
        int[] errors = {0};
        long t0 = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            Syntax.parse(files.get(i).toString(), srcs.get(i), d -> {
                errors[0]++;
                if (!quiet) System.out.println(d);
            }, Syntax.CHECK_BRANCHES);
        }
        long best = System.nanoTime() - t0;
        if (bench) {
            for (int w = 0; w < 3; w++) parseAll(files, srcs); // warm-up
            for (int r = 0; r < rounds; r++) {
                long s = System.nanoTime();
                parseAll(files, srcs);
                best = Math.min(best, System.nanoTime() - s);
            }
        }
        double secs = best / 1e9;
        System.out.printf("parsed %d files (%d bytes) in %.3f s: %d errors, %.1f MB/s%s%n",
                files.size(), bytes, secs, errors[0], bytes / 1e6 / secs, bench ? " (best of " + rounds + " rounds)" : "");
        if (errors[0] > 0) throw new Main.ExitException(1);
    }

    private static void parseAll(List<Path> files, List<byte[]> srcs) {
        for (int i = 0; i < files.size(); i++) {
            Syntax.parse(files.get(i).toString(), srcs.get(i), d -> { }, Syntax.CHECK_BRANCHES);
        }
    }

    private static boolean skipped(Path root, Path f) {
        Path rel = root.relativize(f.getParent() == null ? f : f.getParent());
        for (Path part : rel) {
            String s = part.toString();
            if (s.equals("testdata")) return true;
        }
        return false;
    }
}
