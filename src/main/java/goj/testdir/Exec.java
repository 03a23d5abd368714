package goj.testdir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Runs one command with combined stdout+stderr, an environment, a directory and a time limit. */
public final class Exec {
    private Exec() {}

    /**
     * What a command did: exit status (-1 when it could not start), combined output (decoded as
     * UTF-8 for reading; {@link #bytes} are exactly what the command wrote), whether it timed out.
     */
    public record Result(List<String> command, int status, String output, boolean timedOut, byte[] bytes) {
        public Result(List<String> command, int status, String output, boolean timedOut) {
            this(command, status, output, timedOut, output.getBytes(StandardCharsets.UTF_8));
        }

        public boolean ok() { return status == 0 && !timedOut; }

        /** The command line and, on failure, why, as Go's runner prints it. */
        public String describe() {
            String why = timedOut ? "command exceeded time limit" : "exit status " + status;
            return String.join(" ", command) + "\n" + why + "\n" + output;
        }
    }

    private static final AtomicLong SEQ = new AtomicLong();

    /**
     * Runs {@code cmd} in {@code dir} with {@code env} added to this process's environment.
     * On timeout the whole process tree is killed. Output goes through a file in {@code scratch}
     * (so a chatty child can never block on a full pipe).
     */
    public static Result run(List<String> cmd, Path dir, Map<String, String> env, Duration timeout, Path scratch) {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().putAll(env);
        pb.environment().put("PWD", dir.toAbsolutePath().toString());
        Path outFile = scratch.resolve("exec-" + SEQ.incrementAndGet() + ".out");
        pb.redirectErrorStream(true);
        pb.redirectOutput(outFile.toFile());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new Result(List.copyOf(cmd), -1, "cannot start: " + e.getMessage() + "\n", false);
        }
        boolean timedOut = false;
        try {
            p.getOutputStream().close(); // stdin: immediate EOF
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                timedOut = true;
                killTree(p);
            }
        } catch (IOException ignored) {
            // closing stdin failed: the child is gone already
        } catch (InterruptedException e) {
            killTree(p);
            Thread.currentThread().interrupt();
            timedOut = true;
        }
        int status;
        try {
            status = p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        }
        byte[] b;
        try {
            b = Files.readAllBytes(outFile);
            Files.deleteIfExists(outFile);
        } catch (IOException e) {
            b = new byte[0];
        }
        return new Result(List.copyOf(cmd), status, new String(b, StandardCharsets.UTF_8), timedOut, b);
    }

    /** Kills {@code p} and all its descendants (children first so none is re-parented and missed). */
    public static void killTree(Process p) {
        List<ProcessHandle> all = new ArrayList<>();
        p.toHandle().descendants().forEach(all::add);
        for (ProcessHandle h : all) h.destroyForcibly();
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
