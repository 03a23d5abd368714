package goj.testdir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * goj as a black box: {@code PREFIX run FILE args}, {@code PREFIX tool compile -e FILES}, and for
 * multi-package tests {@code PREFIX tool compile -e -I TMP -p test/NAME -o TMP/test/NAME.a FILES}
 * per package (then {@code PREFIX run -I TMP MAINFILES args}): {@code -I DIR} makes packages
 * compiled earlier, at {@code DIR/IMPORTPATH.a}, importable.
 */
public final class GojToolchain implements Toolchain {
    private final List<String> prefix;
    private final Map<String, String> env;
    /** Compile-only steps run inside this JVM (same code as {@code goj tool compile}, no process start). */
    private final boolean inProcess;
    private static final java.util.concurrent.ExecutorService COMPILER =
            java.util.concurrent.Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(null, r, "goj-compile", 512L << 20); // deep trees need a big stack
                t.setDaemon(true);
                return t;
            });

    public GojToolchain(List<String> prefix, Path goroot) {
        this.prefix = List.copyOf(prefix);
        this.env = Map.of("GOROOT", goroot.toString(), "GOENV", "off", "GOFLAGS", "", "CGO_ENABLED", "0");
        this.inProcess = this.prefix.equals(defaultPrefix());
    }

    /** {@code goj tool compile [-e] FILES} in this JVM, with the same output and exit status. */
    private Exec.Result compileHere(Ctx c, List<String> cmd, List<String> files, boolean all) {
        var f = COMPILER.submit(() -> goj.build.Compiler.compile(c.tmp(), files));
        try {
            goj.build.Compiler.Result r = f.get(c.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            String out = goj.build.Compiler.format(r.diagnostics(), all);
            return new Exec.Result(cmd, r.ok() ? 0 : 1, out, false);
        } catch (java.util.concurrent.TimeoutException e) {
            f.cancel(true);
            return new Exec.Result(cmd, -1, "", true);
        } catch (java.util.concurrent.ExecutionException e) {
            return new Exec.Result(cmd, 2, "internal compiler error: " + e.getCause() + "\n", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Exec.Result(cmd, -1, "", true);
        }
    }

    /** The default prefix: a child JVM like this one, running goj.cli.Main. */
    public static List<String> defaultPrefix() {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of("-Xss512m", "-XX:+UseCompactObjectHeaders", "-XX:TieredStopAtLevel=1",
                "--add-opens", goj.build.JarWriter.ADD_OPENS + "=ALL-UNNAMED"));
        String home = System.getProperty("goj.home");
        if (home != null) cmd.add("-Dgoj.home=" + home);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "goj.cli.Main"));
        return cmd;
    }

    @Override public String name() { return "goj"; }

    @Override public GojFlags.Adapted adapt(String action, List<String> flags) {
        return GojFlags.adapt(action, flags);
    }

    private List<String> cmd(String... words) {
        List<String> c = new ArrayList<>(prefix);
        c.addAll(List.of(words));
        return c;
    }

    /** {@code -e} unless the header asks for gc's default error limit with {@code -e=0}. */
    private static void addCompileFlags(List<String> c, List<String> flags) {
        if (!flags.contains("-e=0")) c.add("-e");
        for (String f : flags) if (!f.equals("-e=0")) c.add(f);
    }

    @Override public Exec.Result run(Ctx c, Path dir, List<String> flags, String file, List<String> args) {
        List<String> cmd = cmd("run");
        cmd.addAll(flags);
        cmd.add(file);
        cmd.addAll(args);
        if (inProcess && flags.isEmpty() && c.env().isEmpty()) {
            // a program that does not compile fails as `goj run` would, without starting a JVM for it
            Exec.Result compiled = compileHere(new Ctx(dir, c.timeout(), c.env()), cmd, List.of(file), false);
            if (compiled.timedOut() || compiled.status() != 0) return compiled;
        }
        return c.exec(cmd, dir, env);
    }

    @Override public Exec.Result compileForErrors(Ctx c, List<String> flags, List<String> files) {
        List<String> cmd = cmd("tool", "compile");
        addCompileFlags(cmd, flags);
        cmd.addAll(files);
        boolean plain = flags.stream().allMatch(f -> f.equals("-e") || f.equals("-e=0"));
        if (inProcess && plain && c.env().isEmpty()) return compileHere(c, cmd, files, !flags.contains("-e=0"));
        return c.exec(cmd, c.tmp(), env);
    }

    @Override public Exec.Result compile(Ctx c, List<String> flags, String file) {
        return compileForErrors(c, flags, List.of(file));
    }

    /** goj has no linker step to test separately yet: a build is a compile. */
    @Override public Exec.Result build(Ctx c, List<String> flags, String file) {
        return compile(c, flags, file);
    }

    @Override public Exec.Result compilePkg(Ctx c, List<String> flags, Pkg pkg, List<Pkg> all) {
        List<String> cmd = cmd("tool", "compile");
        addCompileFlags(cmd, flags);
        cmd.addAll(List.of("-I", c.tmp().toString()));
        if (pkg.name().equals("main")) {
            cmd.addAll(List.of("-p", "main"));
        } else {
            cmd.addAll(List.of("-p", pkg.importPath(), "-o", c.tmp().resolve(pkg.importPath() + ".a").toString()));
        }
        cmd.addAll(pkg.files());
        return c.exec(cmd, c.tmp(), env);
    }

    @Override public Exec.Result runPkg(Ctx c, List<String> flags, List<String> ldflags, Pkg main, List<Pkg> all,
                                        List<String> args) {
        List<String> cmd = cmd("run");
        cmd.addAll(flags);
        cmd.addAll(List.of("-I", c.tmp().toString()));
        cmd.addAll(main.files());
        cmd.addAll(args);
        return c.exec(cmd, c.tmp(), env);
    }

    @Override public Exec.Result runModule(Ctx c, Path dir, List<String> flags) {
        List<String> cmd = cmd("run");
        cmd.addAll(flags);
        cmd.add(".");
        return c.exec(cmd, dir, env);
    }
}
