package goj.build;

import goj.syntax.Diagnostic;
import goj.syntax.File;
import goj.syntax.ImportDecl;
import goj.syntax.Pos;
import goj.syntax.Syntax;
import goj.types.Imports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a program's packages the way the go command does: parses the selected files of each
 * package ({@link PackageFiles}) and resolves every import path to a package directory,
 * transitively, reporting what cannot be found and import cycles in the go command's words.
 *
 * <p>An import path is resolved, in order: {@code unsafe} (built into the checker); a path in
 * the main module (the {@code module} line of the {@code go.mod} found from the program's
 * directory upward: the rest of the path is a directory under the module root; only local
 * packages, no requirements); from a package in GOROOT/src, {@code GOROOT/src/vendor/PATH}
 * (from {@code cmd/…}, {@code GOROOT/src/cmd/vendor/PATH}) if it exists; then
 * {@code GOROOT/src/PATH} for a path whose first element has no dot. Relative paths
 * ({@code ./x}, {@code ../x}) are directories relative to the importing package.
 *
 * <p>Invariant: {@link #errors()} is empty exactly when every package reachable from the loaded
 * roots was found, parsed without errors and no import cycle exists; only then are the packages
 * worth type-checking.
 */
public final class Loader {
    /** The import path gc gives a package named by files on the command line. */
    public static final String COMMAND_LINE = "command-line-arguments";

    /** A loaded package: import path, directory, parsed files and resolved imports. */
    public static final class Pkg {
        public final String path;
        public final Path dir;
        public final List<File> files = new ArrayList<>();
        /** Whether the package is from GOROOT (its checked form may be shared by later loads). */
        public final boolean std;
        /** Whether every function must have a body: no assembly or other non-Go sources (gc's -complete). */
        public boolean complete = true;
        /** The Go language version the package is checked against (gc's -lang), or null for any. */
        public String lang;
        /** Source lines of the files. */
        public long lines;
        /** Each import path written in the files, to the package it denotes (absent when not found). */
        public final Map<String, Pkg> imports = new LinkedHashMap<>();
        /** Where each import path is first written (for cycle messages). */
        final Map<String, ImportDecl> importDecls = new LinkedHashMap<>();

        Pkg(String path, Path dir, boolean std) {
            this.path = path;
            this.dir = dir;
            this.std = std;
        }

        /** The package name of the first file, or "" when there are none. */
        public String name() { return files.isEmpty() ? "" : files.getFirst().pkgName.value; }

        @Override public String toString() { return path; }
    }

    /** Std packages the go command compiles without -complete although they have no assembly (their bodies come by linkname). */
    private static final java.util.Set<String> INCOMPLETE_STD = java.util.Set.of("bytes", "internal/poll", "net", "os",
            "runtime/metrics", "runtime/pprof", "runtime/trace", "sync", "syscall", "time");

    private final java.util.function.Supplier<GoRoot> gorootSource;
    private GoRoot goroot;
    private final Path moduleRoot;
    private final String modulePath;
    private final Map<String, Pkg> byPath = new HashMap<>();
    private final List<Diagnostic> errors = new ArrayList<>();
    private final List<Diagnostic> parseErrors = new ArrayList<>();
    private final Map<Pkg, Integer> state = new HashMap<>(); // 1: on the DFS stack, 2: done
    private java.util.function.Consumer<Pkg> onLoaded = p -> { };

    /**
     * Makes the loader pass each package of a directory to {@code onLoaded} as soon as it and
     * what it imports are loaded (unless an import cycle is found later: a package on a cycle is
     * passed before the packages it imports are), so that checking may start while other packages
     * are still parsed. The package of files named on the command line ({@link #loadFiles}) is not
     * passed: its caller may still set its flags.
     */
    public void onLoaded(java.util.function.Consumer<Pkg> onLoaded) { this.onLoaded = onLoaded; }

    /**
     * A loader for programs in {@code workDir} (where {@code go.mod} is looked for); the GOROOT is
     * asked for only when a package from it is needed (so programs without imports need none).
     */
    public Loader(java.util.function.Supplier<GoRoot> goroot, Path workDir) {
        this.gorootSource = goroot;
        Path root = null;
        String mod = null;
        for (Path d = workDir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path gomod = d.resolve("go.mod");
            if (Files.isRegularFile(gomod)) {
                root = d;
                mod = modulePath(gomod);
                break;
            }
        }
        this.moduleRoot = mod == null ? null : root;
        this.modulePath = mod;
    }

    private static final Pattern MODULE = Pattern.compile("(?m)^\\s*module\\s+(\"[^\"]*\"|\\S+)");

    private static String modulePath(Path gomod) {
        try {
            Matcher m = MODULE.matcher(Files.readString(gomod, StandardCharsets.UTF_8));
            if (!m.find()) return null;
            String p = m.group(1);
            return p.startsWith("\"") ? p.substring(1, p.length() - 1) : p;
        } catch (IOException e) {
            return null;
        }
    }

    private GoRoot goroot() {
        if (goroot == null) goroot = gorootSource.get();
        return goroot;
    }

    /** Load, syntax and import-resolution errors, in the order found: they stop compilation before type checking. */
    public List<Diagnostic> errors() { return errors; }

    /**
     * The parser's other errors (not worded {@code syntax error: …}, such as {@code expression in
     * go must not be parenthesized}): as gc does, type checking still runs and reports its errors
     * with them.
     */
    public List<Diagnostic> parseErrors() { return parseErrors; }

    /** The package of files {@code names} (relative to {@code dir}, reported as given), and everything it imports. */
    public Pkg loadFiles(Path dir, List<String> names) {
        Pkg p = new Pkg(COMMAND_LINE, names.isEmpty() ? dir : dirOf(dir.resolve(names.getFirst())), false);
        parseFiles(p, names.stream().map(dir::resolve).toList(), names);
        resolveImports(p);
        return p;
    }

    /** The package with import path {@code path} in GOROOT, and everything it imports; null after reporting why not. */
    public Pkg loadPath(String path) {
        Path dir = goroot().src().resolve(path);
        Pkg p = load(path, dir, true, Pos.NONE, path);
        if (p == null && !Files.isDirectory(dir)) errors.add(new Diagnostic(Pos.NONE, "package " + path + " is not in std (" + dir + ")"));
        return p;
    }

    /**
     * The packages of the {@code std} pattern (what {@code go list std} lists): every directory
     * under GOROOT/src except {@code cmd}, {@code builtin}, {@code testdata}, names starting
     * with {@code .} or {@code _} and (cgo being off) {@code runtime/cgo}, that has Go files for
     * goj's target (go list also lists the few directories with only test files); with everything
     * they import. {@code unsafe} is not loaded: every import of it denotes the checker's own.
     */
    public List<Pkg> loadStd() throws IOException {
        Path src = goroot().src();
        List<Path> dirs = new ArrayList<>();
        Files.walkFileTree(src, new java.nio.file.SimpleFileVisitor<>() {
            @Override public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes a) {
                if (d.equals(src)) return java.nio.file.FileVisitResult.CONTINUE;
                String n = d.getFileName().toString();
                if (d.getParent().equals(src) && n.equals("cmd") || n.equals("testdata") || n.startsWith(".") || n.startsWith("_")) {
                    return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                }
                // builtin only documents the predeclared names; unsafe is provided by the checker (types.Unsafe);
                // runtime/cgo is left out with cgo off, as the go command's std pattern does
                String path = src.relativize(d).toString().replace('\\', '/');
                if (!path.equals("builtin") && !path.equals("unsafe") && !path.equals("runtime/cgo")) dirs.add(d);
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        dirs.sort(null);
        for (Path d : dirs) readAhead(d);
        List<Pkg> out = new ArrayList<>();
        for (Path d : dirs) {
            Read r = read(d);
            if (r.error() != null) throw r.error();
            if (r.files() == null || r.files().goFiles().isEmpty()) continue;
            Pkg p = loadDir(d);
            if (p != null) out.add(p);
        }
        return out;
    }

    /** The main module's or GOROOT's import path of {@code dir}, or null. */
    private String pathOfDir(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        if (moduleRoot != null && d.startsWith(moduleRoot)) {
            String rest = moduleRoot.relativize(d).toString().replace('\\', '/');
            return rest.isEmpty() ? modulePath : modulePath + "/" + rest;
        }
        if (d.startsWith(goroot().src())) return goroot().src().relativize(d).toString().replace('\\', '/');
        return null;
    }

    /** The package in directory {@code dir} (its import path from the module or GOROOT, else the directory). */
    public Pkg loadDir(Path dir) {
        String path = pathOfDir(dir);
        Path d = dir.toAbsolutePath().normalize();
        boolean std = !(moduleRoot != null && d.startsWith(moduleRoot)) && d.startsWith(goroot().src());
        return load(path != null ? path : dir.toString(), dir, std, Pos.NONE, null);
    }

    private static Path dirOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("/") : parent;
    }

    private Pkg load(String path, Path dir, boolean std, Pos at, String shownPath) {
        Pkg p = byPath.get(path);
        if (p != null) return p;
        Read r = read(dir);
        if (r.error() != null) {
            errors.add(new Diagnostic(at, "open " + dir + ": " + r.error().getMessage()));
            return null;
        }
        PackageFiles pf = r.files();
        if (pf == null) return null;
        if (pf.goFiles().isEmpty()) {
            String what = pf.ignored().isEmpty() ? "no Go files in " : "build constraints exclude all Go files in ";
            errors.add(new Diagnostic(at, (shownPath == null ? "" : "package " + shownPath + ": ") + what + dir));
            return null;
        }
        p = new Pkg(path, dir, std);
        p.complete = !pf.external() && !(std && INCOMPLETE_STD.contains(path));
        byPath.put(path, p);
        add(p, r.parsed());
        String name = p.name();
        for (File f : p.files) {
            if (!f.pkgName.value.equals(name)) {
                errors.add(new Diagnostic(at, "found packages " + name + " (" + p.files.getFirst().pos().base().filename()
                        .replaceFirst(".*/", "") + ") and " + f.pkgName.value + " (" + f.pos().base().filename().replaceFirst(".*/", "")
                        + ") in " + dir));
                break;
            }
        }
        resolveImports(p);
        onLoaded.accept(p);
        return p;
    }

    /** How a dependency's file is named in messages: {@code ./rel} under the working directory (as the go command), else absolute. */
    private static String shown(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? "./" + cwd.relativize(abs) : abs.toString();
    }

    /** Parses {@code files} (named {@code shown} in positions) into {@code p}. */
    private void parseFiles(Pkg p, List<Path> files, List<String> shown) { add(p, parseAll(files, shown)); }

    /** The parsed {@code files} (named {@code shown} in positions), in the files' order; parsed in parallel. */
    private static List<Parsed> parseAll(List<Path> files, List<String> shown) {
        return java.util.stream.IntStream.range(0, files.size()).parallel().mapToObj(i -> parse(files.get(i), shown.get(i))).toList();
    }

    /** Adds parsed files to {@code p}: files, diagnostics and line counts, in the files' order. */
    private void add(Pkg p, List<Parsed> parsed) {
        for (Parsed r : parsed) {
            for (Diagnostic d : r.diags()) (r.file() == null || d.msg().startsWith("syntax error") ? errors : parseErrors).add(d);
            p.lines += r.lines();
            if (r.file() != null && r.file().pkgName != null) p.files.add(r.file()); // else the syntax error was reported
        }
    }

    /**
     * Reading and parsing, which touch no state of a loader: directories are read ahead (in
     * {@link #POOL}) as soon as the loader knows it will need them, so packages are parsed in
     * parallel while the loader itself resolves imports and reports errors in a deterministic
     * order. The last asked for is read first: the imports of the package just parsed come before
     * the rest of std, as the loader, going depth first, needs them next.
     */
    private static final java.util.concurrent.ExecutorService POOL = new java.util.concurrent.ThreadPoolExecutor(
            Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors(), 0, java.util.concurrent.TimeUnit.SECONDS,
            new java.util.concurrent.LinkedBlockingDeque<>() {
                @Override public boolean offer(Runnable r) { return offerFirst(r); }
            }, r -> {
                Thread t = new Thread(r, "goj-loader");
                t.setDaemon(true);
                return t;
            });

    /** A directory read: its selected files, parsed (files null if it is not a directory), or why it could not be listed. */
    private record Read(PackageFiles files, List<Parsed> parsed, IOException error) {}

    /** The reads of directories asked for so far, by directory. */
    private final Map<Path, java.util.concurrent.FutureTask<Read>> reads = new HashMap<>();

    /** Starts reading directory {@code dir} in the pool unless it was asked for. */
    private java.util.concurrent.FutureTask<Read> readAhead(Path dir) {
        return reads.computeIfAbsent(dir, d -> {
            var task = new java.util.concurrent.FutureTask<>(() -> readDir(d));
            POOL.execute(task);
            return task;
        });
    }

    /**
     * Directory {@code dir} read: read by this thread if no thread has started the read yet (the
     * pool works through what was asked ahead in order, the loader needs it now), else waited for.
     */
    private Read read(Path dir) {
        var task = readAhead(dir);
        task.run(); // does nothing if the read ran or is running
        return join(task);
    }

    private static <T> T join(java.util.concurrent.Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Read readDir(Path dir) {
        if (!Files.isDirectory(dir)) return new Read(null, List.of(), null);
        PackageFiles pf;
        try {
            pf = PackageFiles.of(dir);
        } catch (IOException e) {
            return new Read(null, List.of(), e);
        }
        return new Read(pf, parseAll(pf.goFiles(), pf.goFiles().stream().map(Loader::shown).toList()), null);
    }

    /** A parsed file (null if unreadable), its diagnostics and its number of lines. */
    private record Parsed(File file, List<Diagnostic> diags, long lines) {}

    /** Reads and parses {@code file}, named {@code shown} in positions; touches no state of the loader. */
    private static Parsed parse(Path file, String shown) {
        byte[] src;
        try {
            src = Files.readAllBytes(file);
        } catch (IOException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "no such file or directory" : e.getMessage();
            return new Parsed(null, List.of(new Diagnostic(Pos.NONE, "open " + shown + ": " + why)), 0);
        }
        long lines = 0;
        for (byte b : src) if (b == '\n') lines++;
        List<Diagnostic> diags = new ArrayList<>();
        File f = Syntax.parse(shown, src, diags::add, Syntax.CHECK_BRANCHES);
        return new Parsed(f, diags, lines);
    }

    /** Resolves the imports of {@code p} in the order written, first reading all their directories ahead. */
    private void resolveImports(Pkg p) {
        for (File f : p.files) {
            for (var d : f.decls) {
                String path = d instanceof ImportDecl imp ? loadedPath(imp) : null;
                if (path != null) p.importDecls.putIfAbsent(path, (ImportDecl) d);
            }
        }
        Map<String, Target> targets = new HashMap<>();
        for (String path : p.importDecls.keySet()) {
            if (!canonical(path).equals(path)) continue;
            Target t = locate(p, path);
            targets.put(path, t);
            if (t.dir() != null && !byPath.containsKey(t.path())) readAhead(t.dir());
        }
        for (var e : p.importDecls.entrySet()) {
            String path = e.getKey();
            ImportDecl imp = e.getValue();
            String clean = canonical(path);
            if (!clean.equals(path)) { // gc's importer refuses such a path (the go command too, in other words)
                errors.add(new Diagnostic(imp.path.pos(), "could not import " + path + " (non-canonical import path \""
                        + path + "\" (should be \"" + clean + "\"))"));
                continue;
            }
            Pkg q = resolve(targets.get(path), imp.path.pos(), path);
            if (q != null) p.imports.put(path, q);
        }
    }

    /**
     * The path of an import the loader resolves, or null: invalid and absolute paths are the
     * checker's to report, as gc does; {@code unsafe} is the checker's own and {@code C} needs cgo.
     */
    private static String loadedPath(ImportDecl imp) {
        if (imp.path == null || imp.path.bad) return null;
        String path = Imports.path(imp.path);
        if (path == null || Imports.invalidPath(path) != null || path.startsWith("/") || path.equals("unsafe") || path.equals("C")) return null;
        return path;
    }

    /** An import path cleaned as Go's path.Clean does; local paths ({@code ./x}, {@code ../x}) are their own. */
    private static String canonical(String path) {
        if (path.startsWith("./") || path.startsWith("../") || path.equals(".") || path.equals("..")) return path;
        return Path.of(path).normalize().toString();
    }

    /**
     * Where an import path is looked for: the package's import path, directory and whether it is
     * from GOROOT, with the error to report if the directory does not exist; or, with a null
     * directory, the error that the path cannot be resolved at all.
     */
    private record Target(String path, Path dir, boolean std, String missing) {}

    /** Where import path {@code path} written in {@code from} is looked for; touches no state of the loader. */
    private Target locate(Pkg from, String path) {
        if (path.startsWith("./") || path.startsWith("../") || path.equals(".") || path.equals("..")) {
            Path dir = from.dir.resolve(path).normalize();
            String p = pathOfDir(dir);
            return new Target(p != null ? p : dir.toString(), dir, false, "package " + path + " is not in std (" + dir + ")");
        }
        if (modulePath != null && (path.equals(modulePath) || path.startsWith(modulePath + "/"))) {
            Path dir = moduleRoot.resolve(path.substring(modulePath.length()).replaceFirst("^/", ""));
            return new Target(path, dir, false, "no required module provides package " + path + "; to add it:\n\tgo get " + path);
        }
        if (from.std) {
            String vendor = from.path.equals("cmd") || from.path.startsWith("cmd/") ? "cmd/vendor/" : "vendor/";
            Path vdir = goroot().src().resolve(vendor + path);
            if (Files.isDirectory(vdir)) return new Target(vendor + path, vdir, true, null);
        }
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        if (!first.contains(".")) {
            Path dir = goroot().src().resolve(path);
            return new Target(path, dir, true, "package " + path + " is not in std (" + dir + ")");
        }
        return new Target(path, null, false, "no required module provides package " + path
                + (modulePath == null ? ": go.mod file not found in current directory or any parent directory; see 'go help modules'"
                        : "; to add it:\n\tgo get " + path));
    }

    /** The package of import target {@code t} (import path {@code path} written at {@code at}), loading it; null after reporting. */
    private Pkg resolve(Target t, Pos at, String path) {
        if (t.dir() == null) {
            errors.add(new Diagnostic(at, t.missing()));
            return null;
        }
        Pkg q = load(t.path(), t.dir(), t.std(), at, path);
        if (q == null && t.missing() != null && !Files.isDirectory(t.dir())) errors.add(new Diagnostic(at, t.missing()));
        return q;
    }

    /**
     * The packages {@code roots} need, each once, in the spec's package initialization order
     * (Go 1.21): repeatedly the package with the smallest import path among those whose imports
     * are all done. Import cycles are reported as the go command does (the order is then only
     * dependencies-first where possible).
     */
    public List<Pkg> order(List<Pkg> roots) {
        List<Pkg> reached = new ArrayList<>();
        for (Pkg r : roots) if (r != null) visit(r, new ArrayList<>(), reached);
        if (!errors.isEmpty()) return reached;
        Map<Pkg, Integer> waiting = new HashMap<>();
        Map<Pkg, List<Pkg>> importers = new HashMap<>();
        java.util.PriorityQueue<Pkg> ready = new java.util.PriorityQueue<>(java.util.Comparator.comparing((Pkg p) -> p.path));
        for (Pkg p : reached) {
            java.util.Set<Pkg> deps = new java.util.HashSet<>(p.imports.values());
            waiting.put(p, deps.size());
            for (Pkg q : deps) importers.computeIfAbsent(q, k -> new ArrayList<>()).add(p);
            if (deps.isEmpty()) ready.add(p);
        }
        List<Pkg> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            Pkg p = ready.poll();
            out.add(p);
            for (Pkg q : importers.getOrDefault(p, List.of())) if (waiting.merge(q, -1, Integer::sum) == 0) ready.add(q);
        }
        return out;
    }

    private void visit(Pkg p, List<Pkg> stack, List<Pkg> out) {
        Integer s = state.get(p);
        if (s != null && s == 2) return;
        if (s != null) { // on the stack: a cycle from p back to p
            StringBuilder sb = new StringBuilder("package ").append(stack.getFirst().path);
            for (int i = 0; i < stack.size(); i++) {
                Pkg from = stack.get(i), to = i + 1 < stack.size() ? stack.get(i + 1) : p;
                ImportDecl d = from.importDecls.get(importPathIn(from, to));
                sb.append("\n\timports ").append(to.path).append(" from ").append(d.pos().filename().replaceFirst(".*/", ""));
            }
            errors.add(new Diagnostic(Pos.NONE, sb.append(": import cycle not allowed").toString()));
            return;
        }
        state.put(p, 1);
        stack.add(p);
        for (Pkg q : p.imports.values()) {
            visit(q, stack, out);
            if (state.get(q) == 1) break; // one report per cycle
        }
        stack.removeLast();
        state.put(p, 2);
        out.add(p);
    }

    private static String importPathIn(Pkg from, Pkg to) {
        for (var e : from.imports.entrySet()) if (e.getValue() == to) return e.getKey();
        throw new IllegalStateException("no import of " + to + " in " + from);
    }
}
