package goj.build;

import goj.syntax.Diagnostic;
import goj.syntax.InternalCompilerError;
import goj.types.Checker;
import goj.types.Info;
import goj.types.Package;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Type-checks loaded packages in dependency order ({@link Loader#order}), giving each checker an
 * importer that maps the import paths its files spell to the packages already checked. A package
 * whose imports are checked is checked at once, in parallel with the others ({@link #checkAll}):
 * each checker has a package of its own, and what checked packages share is thread-safe (see
 * {@link goj.types.Named}); the results do not depend on the order packages finish in.
 *
 * <p>GOROOT packages never change while goj runs, so with {@code shareStd} their checked form
 * is kept for later programs in the same JVM (the test harness compiles many). Invariant: an
 * entry of that cache is never replaced, so every package checked against it sees one
 * {@link Package} object per import path, even when two threads check the same package at once.
 */
public final class TypeChecker {
    /** A checked package: its types, the checker's results and its errors (sorted by position). */
    public record Checked(Loader.Pkg pkg, Package types, Info info, Checker checker, List<Diagnostic> errors) {}

    private static final Map<Path, Checked> STD = new ConcurrentHashMap<>();

    private final boolean shareStd;
    private final Map<Loader.Pkg, Checked> done = new ConcurrentHashMap<>();

    /** Checks packages; as many threads as processors, with the stack deep syntax trees need. */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
        Thread t = new Thread(null, r, "goj-check", 512L << 20);
        t.setDaemon(true);
        return t;
    });

    public TypeChecker(boolean shareStd) { this.shareStd = shareStd; }

    /**
     * Each package whose checking was started or is waited for, to its result; only the thread
     * that starts checks uses the map. A package's future completes after its {@link #done} entry
     * is made, so the packages importing it see it.
     */
    private final Map<Loader.Pkg, CompletableFuture<Checked>> checking = new IdentityHashMap<>();
    private final java.util.Set<Loader.Pkg> started = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private CompletableFuture<Checked> future(Loader.Pkg p) { return checking.computeIfAbsent(p, k -> new CompletableFuture<>()); }

    /**
     * Starts checking {@code p} as package {@code path} once its imports are checked (their checks
     * are started before or after this one); does nothing if it was started. A loader may start
     * each package as soon as it is loaded with what it imports (see {@link Loader#onLoaded}).
     */
    public void start(Loader.Pkg p, String path) {
        if (!started.add(p)) return;
        CompletableFuture<?>[] imports = p.imports.values().stream().map(this::future).toArray(CompletableFuture[]::new);
        CompletableFuture<Checked> f = future(p);
        CompletableFuture.allOf(imports).thenApplyAsync(v -> check(p, path), POOL).whenComplete((c, e) -> {
            if (e != null) f.completeExceptionally(e); else f.complete(c);
        });
    }

    /**
     * Checks the packages of {@code order} (each after its imports, as {@link Loader#order} gives
     * them), each as package {@code pathOf.apply(p)} unless it was started already: a package as
     * soon as its imports are checked, packages in parallel. The results are in the order of
     * {@code order}; an import that is not in it is not found.
     */
    public List<Checked> checkAll(List<Loader.Pkg> order, Function<Loader.Pkg, String> pathOf) {
        for (Loader.Pkg p : order) start(p, pathOf.apply(p));
        for (var e : checking.entrySet()) if (!started.contains(e.getKey())) e.getValue().complete(null);
        List<Checked> out = new ArrayList<>();
        for (Loader.Pkg p : order) {
            try {
                out.add(checking.get(p).join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error r) throw r;
                throw e;
            }
        }
        return out;
    }

    /** Checks {@code p} (after its imports) as package {@code path}. */
    private Checked check(Loader.Pkg p, String path) {
        Checked c = done.get(p);
        if (c != null) return c;
        if (shareStd && p.std) {
            c = STD.get(p.dir);
            if (c == null) c = STD.computeIfAbsent(p.dir, d -> run(p, path));
        } else {
            c = run(p, path);
        }
        done.put(p, c);
        return c;
    }

    private Checked run(Loader.Pkg p, String path) {
        List<Diagnostic> errs = new ArrayList<>();
        Package pkg = new Package(path, p.name());
        Info info = new Info(p.lines);
        Checker checker = new Checker(pkg, info, errs::add);
        checker.setComplete(p.complete);
        checker.setLang(p.lang);
        checker.setStd(p.std);
        checker.setFieldTrack(BuildTags.experiment("fieldtrack"));
        checker.setImporter(ip -> {
            Loader.Pkg q = p.imports.get(ip);
            Checked cq = q == null ? null : done.get(q);
            return cq == null ? null : cq.types();
        });
        try {
            checker.checkFiles(p.files);
        } catch (InternalCompilerError e) {
            errs.add(new Diagnostic(e.pos, "internal compiler error: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            errs.add(new Diagnostic(p.files.getFirst().pos(), "internal compiler error: " + e));
            if (System.getenv("GOJ_DEBUG") != null) e.printStackTrace();
        }
        errs.sort(Comparator.comparing(Diagnostic::pos));
        return new Checked(p, pkg, info, checker, List.copyOf(errs));
    }
}
