package goj.testdir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference Go toolchain (option {@code -ref GOROOT}), driven as Go's own runner drives it:
 * {@code go tool compile} with an importcfg for the standard library (from
 * {@code go list -export std}), {@code go tool link}, {@code go run}. It validates the harness:
 * with the real gc nearly every selected test must pass.
 */
public final class RefToolchain implements Toolchain {
    private final Path goroot;
    private final String go;
    private final Map<String, String> env;
    private final Path work;
    private String stdImportcfg; // contents
    private Path stdImportcfgFile;

    public RefToolchain(Path goroot, Path work) {
        this.goroot = goroot;
        this.go = goroot.resolve("bin").resolve("go").toString();
        this.work = work;
        Map<String, String> e = new HashMap<>();
        e.put("GOROOT", goroot.toString());
        e.put("PATH", goroot.resolve("bin") + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        e.put("GOENV", "off");
        e.put("GOFLAGS", "");
        e.put("CGO_ENABLED", "0");
        e.put("GOTOOLCHAIN", "local");
        this.env = Map.copyOf(e);
    }

    @Override public String name() { return "go"; }

    @Override public GojFlags.Adapted adapt(String action, List<String> flags) {
        return new GojFlags.Adapted(flags, null);
    }

    /** The standard library's importcfg file, made once (this builds std's export data). */
    public synchronized Path stdImportcfg() {
        if (stdImportcfgFile == null) {
            List<String> cmd = List.of(go, "list", "-export", "-f",
                    "{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}", "std");
            Exec.Result r = Exec.run(cmd, work, env, Duration.ofMinutes(20), work);
            if (!r.ok()) throw new IllegalStateException("go list -export std failed:\n" + r.describe());
            stdImportcfg = r.output();
            stdImportcfgFile = work.resolve("importcfg");
            try {
                Files.writeString(stdImportcfgFile, stdImportcfg);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stdImportcfgFile;
    }

    private Path dirImportcfg(Ctx c, List<Pkg> all) {
        Path f = c.tmp().resolve("importcfg");
        if (Files.exists(f)) return f;
        StringBuilder sb = new StringBuilder();
        stdImportcfg();
        sb.append(stdImportcfg);
        for (Pkg p : all) {
            sb.append("\npackagefile ").append(p.importPath()).append('=')
              .append(c.tmp().resolve(p.importPath() + ".a"));
        }
        try {
            Files.writeString(f, sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f;
    }

    /** The environment of every command: programs under test read STDLIB_IMPORTCFG (as with Go's runner). */
    private Map<String, String> env() {
        Map<String, String> e = new HashMap<>(env);
        e.put("STDLIB_IMPORTCFG", stdImportcfg().toString());
        return e;
    }

    @Override public Exec.Result run(Ctx c, Path dir, List<String> flags, String file, List<String> args) {
        Map<String, String> env = env();
        if (flags.isEmpty() && args.isEmpty() && c.env().isEmpty()) {
            // Go's runner's fast path: compile and link directly, skipping the go command.
            String cfg = "-importcfg=" + stdImportcfg();
            String pkg = c.tmp().resolve("pkg.a").toString(), exe = c.tmp().resolve("test.exe").toString();
            Exec.Result r = c.exec(List.of(go, "tool", "compile", "-p=main", cfg, "-o", pkg, file), dir, env);
            if (!r.ok()) return r;
            r = c.exec(List.of(go, "tool", "link", "-s", "-w", "-buildid=test", "-o", exe, cfg, pkg), dir, env);
            if (!r.ok()) return r;
            return c.exec(List.of(exe), dir, env);
        }
        List<String> cmd = new ArrayList<>(List.of(go, "run", "-gcflags=all="));
        cmd.addAll(flags);
        cmd.add(file);
        cmd.addAll(args);
        return c.exec(cmd, dir, env);
    }

    @Override public Exec.Result compileForErrors(Ctx c, List<String> flags, List<String> files) {
        Map<String, String> env = env();
        List<String> cmd = new ArrayList<>(List.of(go, "tool", "compile", "-p=p", "-d=panic", "-C", "-e",
                "-importcfg=" + stdImportcfg(), "-o", "a.o"));
        // as Go's runner: errorcheck compiles with SSA checking on, merged into a -d= flag
        List<String> fl = new ArrayList<>(flags);
        boolean found = false;
        for (int i = 0; i < fl.size() && !found; i++) {
            if (fl.get(i).startsWith("-d=")) {
                fl.set(i, fl.get(i) + ",ssa/check/on");
                found = true;
            }
        }
        if (!found) fl.add("-d=ssa/check/on");
        cmd.addAll(fl);
        cmd.addAll(files);
        return c.exec(cmd, c.tmp(), env);
    }

    @Override public Exec.Result compile(Ctx c, List<String> flags, String file) {
        Map<String, String> env = env();
        List<String> cmd = new ArrayList<>(List.of(go, "tool", "compile", "-e", "-p=p", "-importcfg=" + stdImportcfg()));
        cmd.addAll(flags);
        cmd.add(file);
        return c.exec(cmd, c.tmp(), env);
    }

    @Override public Exec.Result build(Ctx c, List<String> flags, String file) {
        List<String> cmd = new ArrayList<>(List.of(go, "build", "-gcflags=all="));
        cmd.addAll(flags);
        cmd.addAll(List.of("-o", "a.exe", file));
        return c.exec(cmd, c.tmp(), env());
    }

    @Override public Exec.Result compilePkg(Ctx c, List<String> flags, Pkg pkg, List<Pkg> all) {
        Map<String, String> env = env();
        List<String> cmd = new ArrayList<>(List.of(go, "tool", "compile", "-e", "-D", "test",
                "-importcfg=" + dirImportcfg(c, all)));
        if (pkg.name().equals("main")) {
            cmd.add("-p=main");
        } else {
            try {
                Files.createDirectories(c.tmp().resolve("test"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cmd.addAll(List.of("-o", pkg.importPath() + ".a", "-p", pkg.importPath()));
        }
        cmd.addAll(flags);
        cmd.addAll(pkg.files());
        return c.exec(cmd, c.tmp(), env);
    }

    @Override public Exec.Result runPkg(Ctx c, List<String> flags, List<String> ldflags, Pkg main, List<Pkg> all,
                                        List<String> args) {
        Map<String, String> env = env();
        String first = Path.of(main.files().getFirst()).getFileName().toString();
        String obj = first.substring(0, first.length() - 3) + ".o";
        List<String> cmd = new ArrayList<>(List.of(go, "tool", "link", "-s", "-w", "-buildid=test", "-o", "a.exe",
                "-importcfg=" + dirImportcfg(c, all)));
        cmd.addAll(ldflags);
        cmd.add(obj);
        Exec.Result r = c.exec(cmd, c.tmp(), env);
        if (!r.ok()) return r;
        List<String> run = new ArrayList<>();
        run.add(c.tmp().resolve("a.exe").toString());
        run.addAll(args);
        return c.exec(run, c.tmp(), env);
    }

    @Override public Exec.Result runModule(Ctx c, Path dir, List<String> flags) {
        List<String> cmd = new ArrayList<>(List.of(go, "run", "-gcflags=all="));
        cmd.addAll(flags);
        cmd.add(".");
        Map<String, String> e = env();
        e.put("GOPATH", c.tmp().toString());
        return c.exec(cmd, dir, e);
    }

    public Path goroot() { return goroot; }
}
