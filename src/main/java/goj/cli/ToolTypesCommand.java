package goj.cli;

import goj.build.Compiler;
import goj.build.GoRoot;
import goj.build.Loader;
import goj.build.TypeChecker;
import goj.syntax.Diagnostic;
import goj.syntax.Expr;
import goj.syntax.Name;
import goj.types.Obj;
import goj.types.TypeAndValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code goj tool types FILE.go...}: the type checker's results for a package: every expression
 * with its position, source text, mode and type (and constant value), and every identifier with
 * the object it defines or uses.
 *
 * <p>{@code goj tool types -bench std|PKG...} loads and type-checks packages (the {@code std}
 * pattern: every package {@code go list std} lists) with everything they import, prints each
 * package's errors (the first few; all with {@code -v}), the most frequent error messages, and
 * ends with {@code checked N packages (L lines) in T s: E errors}.
 */
@Command(name = "types", description = "print the type of every expression and the object of every identifier")
public final class ToolTypesCommand implements Runnable {
    @Option(names = "-bench", description = "type-check packages (std, import paths or directories) and report errors and time")
    boolean bench;

    @Option(names = "-v", description = "with -bench, print every error")
    boolean verbose;

    @Parameters(arity = "1..*", paramLabel = "FILE.go|PKG") List<String> args;

    @Override public void run() {
        if (bench) {
            bench();
            return;
        }
        Compiler.Checked c = Compiler.check(args.stream().map(Path::of).toList());
        if (!c.diagnostics().isEmpty()) {
            Diagnostics.print(c.diagnostics(), false);
            throw new Main.ExitException(1);
        }
        List<Map.Entry<Expr, TypeAndValue>> exprs = new ArrayList<>(c.info().types.entrySet());
        exprs.sort(Comparator.comparing((Map.Entry<Expr, TypeAndValue> e) -> e.getKey().pos()).thenComparing(e -> e.getKey().toString()));
        System.out.println("# expressions: position, source, mode, type [= value]");
        for (var e : exprs) {
            TypeAndValue tv = e.getValue();
            String mode = tv.mode().name().toLowerCase();
            System.out.println(e.getKey().pos() + "\t" + e.getKey() + "\t" + mode + "\t" + tv.type()
                    + (tv.value() != null ? " = " + tv.value() : ""));
        }
        System.out.println("# identifiers: position, name, def|use, object");
        List<String> lines = new ArrayList<>();
        for (var e : c.info().defs.entrySet()) lines.add(line(e.getKey(), "def", e.getValue()));
        for (var e : c.info().uses.entrySet()) lines.add(line(e.getKey(), "use", e.getValue()));
        lines.sort(Comparator.naturalOrder());
        lines.forEach(System.out::println);
    }

    private static String line(Name n, String kind, Obj o) {
        String where = o == null || o.pos() == null || !o.pos().isKnown() ? "universe" : o.pos().toString();
        return n.pos() + "\t" + n.value + "\t" + kind + "\t" + (o == null ? "-" : o + " (" + where + ")");
    }

    /** Errors printed per package without -v. */
    private static final int SHOWN = 3;

    private void bench() {
        long t0 = System.nanoTime();
        Loader loader = new Loader(GoRoot::resolve, Path.of(""));
        TypeChecker tc = new TypeChecker(false);
        loader.onLoaded(p -> tc.start(p, p.path)); // packages are checked while others are parsed
        List<Loader.Pkg> roots = new ArrayList<>();
        try {
            for (String a : args) {
                if (a.equals("std")) roots.addAll(loader.loadStd());
                else if (Files.isDirectory(Path.of(a))) roots.add(loader.loadDir(Path.of(a)));
                else roots.add(loader.loadPath(a));
            }
        } catch (IOException e) {
            System.err.println("goj tool types: " + e.getMessage());
            throw new Main.ExitException(1);
        }
        List<Loader.Pkg> order = loader.order(roots);
        if (!loader.errors().isEmpty()) {
            Diagnostics.print(loader.errors(), true);
            throw new Main.ExitException(1);
        }
        long lines = 0;
        int errors = 0, failed = 0;
        Map<String, Integer> reasons = new HashMap<>();
        for (TypeChecker.Checked c : tc.checkAll(order, p -> p.path)) {
            Loader.Pkg p = c.pkg();
            lines += p.lines;
            List<Diagnostic> errs = c.errors();
            if (errs.isEmpty()) continue;
            failed++;
            errors += errs.size();
            System.out.println(p.path + ": " + errs.size() + " error" + (errs.size() == 1 ? "" : "s"));
            for (int i = 0; i < errs.size(); i++) {
                if (verbose || i < SHOWN) System.out.println("\t" + errs.get(i).toString().replace("\n", "\n\t"));
                reasons.merge(reason(errs.get(i).msg()), 1, Integer::sum);
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        if (!reasons.isEmpty()) {
            System.out.println("most frequent errors (" + failed + " of " + order.size() + " packages have errors):");
            reasons.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(15)
                    .forEach(e -> System.out.printf("%8d  %s%n", e.getValue(), e.getKey()));
        }
        System.out.printf("checked %d packages (%d lines) in %.2f s: %d errors%n", order.size(), lines, secs, errors);
        if (errors > 0) throw new Main.ExitException(1);
    }

    /** An error message without its particulars (names, types, numbers), to count errors by kind. */
    static String reason(String msg) {
        String first = msg.lines().findFirst().orElse("");
        if (first.startsWith("goj: not yet supported: ")) {
            String what = first.substring("goj: not yet supported: ".length());
            return "goj: not yet supported: " + what.replaceAll("\\s*[(\"].*", "").replaceAll("\\b(import|range over|receiver type|expression|statement) .*", "$1 …");
        }
        return first.replaceAll("\"[^\"]*\"", "\"…\"")
                .replaceAll("\\([^()]*\\)", "(…)")
                .replaceAll("^(undefined|declared and not used|missing return|cannot use|invalid operation|cannot convert|internal compiler error)\\b.*", "$1 …")
                .replaceAll("\\d+", "N");
    }
}
