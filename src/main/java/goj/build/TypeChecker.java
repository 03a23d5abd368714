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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Type-checks loaded packages in dependency order ({@link Loader#order}), giving each checker an
 * importer that maps the import paths its files spell to the packages already checked.
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
    private final Map<Loader.Pkg, Checked> done = new IdentityHashMap<>();

    public TypeChecker(boolean shareStd) { this.shareStd = shareStd; }

    /** The checked form of {@code p}, which must come after its imports in the order of checking. */
    public Checked checked(Loader.Pkg p) { return done.get(p); }

    /** Checks {@code p} (its imports first, by {@link #check} calls in dependency order) as package {@code path}. */
    public Checked check(Loader.Pkg p, String path) {
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
        return new Checked(p, pkg, info, checker, errs);
    }
}
