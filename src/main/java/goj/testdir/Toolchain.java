package goj.testdir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The compiler under test, as commands: goj ({@link GojToolchain}) or the reference Go
 * toolchain ({@link RefToolchain}). Every method runs one or more subprocesses and returns the
 * result of the last (or the first that failed).
 */
public interface Toolchain {
    /** Per-test context: the scratch directory, time limit and extra environment (GOEXPERIMENT...). */
    record Ctx(Path tmp, Duration timeout, Map<String, String> env) {
        Exec.Result exec(List<String> cmd, Path dir, Map<String, String> base) {
            java.util.Map<String, String> e = new java.util.HashMap<>(base);
            e.putAll(env);
            return Exec.run(cmd, dir, e, timeout, tmp);
        }
    }

    /** A package of a NAME.dir test: its name ({@code main} or other) and files (absolute). */
    record Pkg(String name, List<String> files) {
        /** The import path Go's runner gives it: {@code test/} + first file's base name. */
        public String importPath() {
            String f = Path.of(files.getFirst()).getFileName().toString();
            return "test/" + f.substring(0, f.length() - 3);
        }
    }

    /** Short name for reports ("goj" or "go"). */
    String name();

    /** The flags to use, or a skip reason (goj drops gc-only flags; the reference keeps all). */
    GojFlags.Adapted adapt(String action, List<String> flags);

    /** Compiles and runs one file ({@code file} relative to {@code dir}, or absolute) with {@code args}. */
    Exec.Result run(Ctx c, Path dir, List<String> flags, String file, List<String> args);

    /** Compiles files of one package for an errorcheck, all errors reported. */
    Exec.Result compileForErrors(Ctx c, List<String> flags, List<String> files);

    /** Compiles one file (action compile/build); success is all that counts. */
    Exec.Result compile(Ctx c, List<String> flags, String file);

    /** Builds one file into an executable (action build), as {@code go build}. */
    Exec.Result build(Ctx c, List<String> flags, String file);

    /** Compiles one package of a NAME.dir; earlier packages of {@code all} may be imported. */
    Exec.Result compilePkg(Ctx c, List<String> flags, Pkg pkg, List<Pkg> all);

    /** Links and runs the main package (the last of {@code all}) after {@link #compilePkg}. */
    Exec.Result runPkg(Ctx c, List<String> flags, List<String> ldflags, Pkg main, List<Pkg> all, List<String> args);

    /** Runs the module in {@code dir} ({@code go run .}). */
    Exec.Result runModule(Ctx c, Path dir, List<String> flags);
}
