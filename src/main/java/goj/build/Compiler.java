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
 * Drives the pipeline over the files of one package: syntax, types, ssa (building, then the
 * optimization passes of goj.ssa.Passes), jvm. Stops after the first stage that reports errors,
 * as gc does, and reports a crash of a stage as an internal compiler error at the position the
 * stage was working on.
 */
public final class Compiler {
    /** gc reports at most this many errors unless asked for all ({@code -e}). */
    public static final int ERROR_LIMIT = 10;

    /** What compiling produced: diagnostics (sorted), and the classes when there were none. */
    /** The type-checked package: its files, types information and checker (for the looking-glass tools). */
    public record Checked(List<File> files, Info info, Checker checker, List<Diagnostic> diagnostics) {}

    /** Parses and type-checks the files (reported as given) without generating code. */
    public static Checked check(List<Path> paths) {
        List<Diagnostic> diags = new ArrayList<>();
        List<File> files = new ArrayList<>();
        for (Path p : paths) {
            try {
                files.add(Syntax.parse(p.toString(), Files.readAllBytes(p), diags::add, Syntax.CHECK_BRANCHES));
            } catch (IOException e) {
                diags.add(new Diagnostic(Pos.NONE, "open " + p + ": " + (e instanceof java.nio.file.NoSuchFileException ? "no such file or directory" : e.getMessage())));
            }
        }
        Info info = new Info();
        if (!diags.isEmpty() || files.isEmpty()) return new Checked(files, info, null, sorted(diags));
        String name = files.getFirst().pkgName.value;
        Checker checker = new Checker(new Package(name, name), info, diags::add);
        checker.checkFiles(files);
        return new Checked(files, info, checker, sorted(diags));
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
        return compile(Path.of(""), paths.stream().map(Path::toString).toList(), observer);
    }

    /**
     * Compiles the files {@code names} (resolved against {@code dir}, reported as given): what
     * {@code goj tool compile} does when run in {@code dir}, without a process of its own.
     */
    public static Result compile(Path dir, List<String> names) {
        return compile(dir, names, null);
    }

    private static Result compile(Path dir, List<String> names, goj.ssa.Passes.Observer observer) {
        List<Path> paths = names.stream().map(Path::of).toList();
        List<Diagnostic> diags = new ArrayList<>();
        List<File> files = new ArrayList<>();
        for (Path p : paths) {
            byte[] src;
            try {
                src = Files.readAllBytes(dir.resolve(p));
            } catch (IOException e) {
                String why = e instanceof java.nio.file.NoSuchFileException ? "no such file or directory" : e.getMessage();
                diags.add(new Diagnostic(Pos.NONE, "open " + p + ": " + why));
                continue;
            }
            files.add(Syntax.parse(p.toString(), src, diags::add, Syntax.CHECK_BRANCHES));
        }
        if (!diags.isEmpty()) return failed(diags);
        String name = files.getFirst().pkgName.value;
        for (File f : files) {
            if (!f.pkgName.value.equals(name)) {
                diags.add(new Diagnostic(f.pkgName.pos(), "package " + f.pkgName.value + "; expected package " + name));
            }
        }
        if (!diags.isEmpty()) return failed(diags);
        String path = name.equals("main") ? "main" : name;
        Package pkg = new Package(path, name);
        Info info = new Info();
        Checker checker = new Checker(pkg, info, diags::add);
        Pos where = files.getFirst().pos();
        try {
            checker.checkFiles(files);
            if (!diags.isEmpty()) return failed(diags);
            Program prog = Builder.build(path, files, info, checker);
            goj.ssa.Passes.run(prog, observer);
            String source = paths.getFirst().toAbsolutePath().normalize().toString();
            return new Result(List.of(), CodeGen.generate(prog, source), name.equals("main") ? CodeGen.className(path).replace('/', '.') : null, prog);
        } catch (goj.ssa.Unsupported e) {
            diags.add(new Diagnostic(e.pos, e.getMessage()));
            return failed(diags);
        } catch (goj.syntax.InternalCompilerError e) {
            diags.add(new Diagnostic(e.pos, "internal compiler error: " + e.getMessage()));
            if (System.getenv("GOJ_DEBUG") != null) e.printStackTrace();
            return failed(diags);
        } catch (RuntimeException | StackOverflowError e) {
            diags.add(new Diagnostic(where, "internal compiler error: " + e));
            if (System.getenv("GOJ_DEBUG") != null) e.printStackTrace();
            return failed(diags);
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
            if (!all && n == ERROR_LIMIT) {
                sb.append(d.pos()).append(": too many errors\n");
                break;
            }
            sb.append(d).append('\n');
            n++;
        }
        return sb.toString();
    }

    private static Result failed(List<Diagnostic> diags) {
        List<Diagnostic> sorted = new ArrayList<>(diags);
        sorted.sort(Comparator.comparing(Diagnostic::pos));
        return new Result(sorted, Map.of(), null, null);
    }
}
