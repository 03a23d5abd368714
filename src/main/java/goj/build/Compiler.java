package goj.build;

import goj.jvm.CodeGen;
import goj.ssa.Builder;
import goj.ssa.Program;
import goj.syntax.Diagnostic;
import goj.syntax.File;
import goj.syntax.Pos;
import goj.syntax.Syntax;
import goj.types.Checker;
import goj.types.Info;
import goj.types.Package;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Drives the pipeline over the files of one package: syntax, types, ssa, jvm. Stops after the
 * first stage that reports errors, as gc does, and reports a crash of a stage as an internal
 * compiler error at the position the stage was working on.
 */
public final class Compiler {
    /** gc reports at most this many errors unless asked for all ({@code -e}). */
    public static final int ERROR_LIMIT = 10;

    /**
     * The type-checked package of some files and what it imports: its files, types information
     * and checker (for the looking-glass tools), the load order of all packages (dependencies
     * first, the package last), and its diagnostics (load errors, else its own type errors).
     */
    public record Checked(List<File> files, Info info, Checker checker, List<TypeChecker.Checked> order,
                          List<Diagnostic> diagnostics) {}

    /** Loads, parses and type-checks the files (reported as given) and their imports, without generating code. */
    public static Checked check(List<Path> paths) {
        return check(Path.of(""), paths.stream().map(Path::toString).toList());
    }

    private static Checked check(Path dir, List<String> names) { return check(dir, names, null, null); }

    /**
     * As {@link #check(List)}; {@code complete} non-null overrides whether the package may have
     * functions without bodies; {@code lang} non-null is its Go language version (gc's -lang).
     */
    private static Checked check(Path dir, List<String> names, Boolean complete, String lang) {
        Loader loader = new Loader(GoRoot::resolve, dir);
        Loader.Pkg root = loader.loadFiles(dir, names);
        if (complete != null) root.complete = complete;
        root.lang = lang;
        List<Loader.Pkg> order = loader.errors().isEmpty() ? loader.order(List.of(root)) : List.of();
        List<Diagnostic> diags = new ArrayList<>(loader.errors());
        if (!diags.isEmpty()) diags.addAll(loader.parseErrors());
        if (diags.isEmpty()) {
            String name = root.name();
            for (File f : root.files) {
                if (!f.pkgName.value.equals(name)) {
                    diags.add(new Diagnostic(f.pkgName.pos(), "package " + f.pkgName.value + "; expected package " + name));
                }
            }
        }
        if (!diags.isEmpty() || root.files.isEmpty()) return new Checked(root.files, new Info(), null, List.of(), sorted(diags));
        TypeChecker tc = new TypeChecker(true);
        List<TypeChecker.Checked> checked = tc.checkAll(order, p -> p == root ? root.name() : p.path);
        TypeChecker.Checked c = checked.getLast();
        List<Diagnostic> errs = c.errors();
        if (!loader.parseErrors().isEmpty()) {
            errs = new ArrayList<>(loader.parseErrors());
            errs.addAll(c.errors());
            errs = sorted(errs);
        }
        return new Checked(root.files, c.info(), c.checker(), checked, errs);
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diags) {
        List<Diagnostic> s = new ArrayList<>(diags);
        s.sort(Comparator.comparing(Diagnostic::pos));
        return s;
    }

    public record Result(List<Diagnostic> diagnostics, Map<String, byte[]> classes, String mainClass, Program ssa) {
        public boolean ok() { return diagnostics.isEmpty(); }
    }

    private Compiler() {}

    /** Compiles the files of a package (paths are reported as given). */
    public static Result compile(List<Path> paths) {
        return compile(paths, null);
    }

    /** Compiles the files, showing {@code observer} the SSA after each optimization pass. */
    public static Result compile(List<Path> paths, goj.ssa.Passes.Observer observer) {
        return compile(Path.of(""), paths.stream().map(Path::toString).toList(), observer, null, null);
    }

    /**
     * Compiles the files {@code names} (resolved against {@code dir}, reported as given): what
     * {@code goj tool compile} does when run in {@code dir}, without a process of its own.
     */
    public static Result compile(Path dir, List<String> names) {
        return compile(dir, names, false, null);
    }

    /**
     * As {@link #compile(Path, List)}, with gc's {@code -complete}: functions without bodies are
     * errors only when it is set (the go command sets it for packages without assembly; a plain
     * {@code go tool compile} does not); and gc's {@code -lang=go1.N} as {@code lang} N.
     */
    public static Result compile(Path dir, List<String> names, boolean complete) {
        return compile(dir, names, complete, null);
    }

    /** As {@link #compile(Path, List, boolean)}, checking the package against Go version {@code lang} (gc's -lang; null: any). */
    public static Result compile(Path dir, List<String> names, boolean complete, String lang) {
        return compile(dir, names, null, complete, lang);
    }

    private static Result compile(Path dir, List<String> names, goj.ssa.Passes.Observer observer, Boolean complete, String lang) {
        Pos where = Pos.NONE;
        try {
            Checked c = check(dir, names, complete, lang);
            if (!c.diagnostics().isEmpty()) return failed(c.diagnostics());
            List<File> files = c.files();
            where = files.getFirst().pos();
            String name = files.getFirst().pkgName.value;
            String path = name;
            Diagnostic unsupported = ImportSupport.unsupported(files, c.info());
            if (unsupported != null) return failed(List.of(unsupported));
            Program prog = Builder.build(path, files, c.info(), c.checker());
            goj.ssa.Passes.run(prog, observer);
            String source = dir.resolve(names.getFirst()).toAbsolutePath().normalize().toString();
            return new Result(List.of(), CodeGen.generate(prog, source), name.equals("main") ? CodeGen.className(path).replace('/', '.') : null, prog);
        } catch (goj.ssa.Unsupported e) {
            return failed(List.of(new Diagnostic(e.pos, e.getMessage())));
        } catch (goj.syntax.InternalCompilerError e) {
            if (System.getenv("GOJ_DEBUG") != null) e.printStackTrace();
            return failed(List.of(new Diagnostic(e.pos, "internal compiler error: " + e.getMessage())));
        } catch (RuntimeException | StackOverflowError e) {
            if (System.getenv("GOJ_DEBUG") != null) e.printStackTrace();
            return failed(List.of(new Diagnostic(where, "internal compiler error: " + e)));
        }
    }

    /** Diagnostics as gc prints them: one {@code file:line:col: message} line each, at most 10 unless all. */
    public static String format(List<Diagnostic> diags, boolean all) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        String lastLine = null;
        for (Diagnostic d : diags) {
            String line = d.pos().filename() + ":" + d.pos().line();
            // gc reports one syntax error per line
            if (d.msg().startsWith("syntax error") && line.equals(lastLine)) continue;
            lastLine = line;
            sb.append(d).append('\n');
            n++;
            if (!all && n == ERROR_LIMIT) { // gc stops at its tenth error
                sb.append(d.pos()).append(": too many errors\n");
                break;
            }
        }
        return sb.toString();
    }

    private static Result failed(List<Diagnostic> diags) {
        List<Diagnostic> sorted = new ArrayList<>(diags);
        sorted.sort(Comparator.comparing(Diagnostic::pos));
        return new Result(sorted, Map.of(), null, null);
    }
}
