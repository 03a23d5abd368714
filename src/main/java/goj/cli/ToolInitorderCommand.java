package goj.cli;

import goj.build.Compiler;
import goj.build.GoRoot;
import goj.build.Loader;
import goj.build.TypeChecker;
import goj.types.Checker;
import goj.types.Func;
import goj.types.Var;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code goj tool initorder PKG | DIR | FILE.go...}: the order in which the program's packages
 * are initialized (every package after the packages it imports), and per package the order in
 * which its variables are initialized (with the dependencies that forced each step) and its
 * init functions run. Packages with type errors are marked (their order may be incomplete; the
 * errors themselves are what {@code goj tool types -bench PKG} shows) and make the exit status 1.
 */
@Command(name = "initorder", description = "print package initialization order")
public final class ToolInitorderCommand implements Runnable {
    @Parameters(arity = "1..*", paramLabel = "PKG|DIR|FILE.go") List<String> args;

    @Override public void run() {
        List<TypeChecker.Checked> order;
        if (args.getFirst().endsWith(".go")) {
            Compiler.Checked c = Compiler.check(args.stream().map(Path::of).toList());
            if (!c.diagnostics().isEmpty()) {
                Diagnostics.print(c.diagnostics(), false);
                throw new Main.ExitException(1);
            }
            order = c.order();
        } else {
            if (args.size() != 1) {
                System.err.println("goj tool initorder: one package, or .go files");
                throw new Main.ExitException(2);
            }
            order = checkPackage(args.getFirst());
        }
        for (TypeChecker.Checked c : order) print(c);
        if (order.stream().anyMatch(c -> !c.errors().isEmpty())) throw new Main.ExitException(1);
    }

    /** Loads and checks the package named by an import path or directory, with its imports. */
    private static List<TypeChecker.Checked> checkPackage(String arg) {
        Loader loader = new Loader(GoRoot::resolve, Path.of(""));
        Loader.Pkg root = Files.isDirectory(Path.of(arg)) ? loader.loadDir(Path.of(arg)) : loader.loadPath(arg);
        List<Loader.Pkg> pkgs = root == null ? List.of() : loader.order(List.of(root));
        if (!loader.errors().isEmpty()) {
            Diagnostics.print(loader.errors(), false);
            throw new Main.ExitException(1);
        }
        TypeChecker tc = new TypeChecker(true);
        return tc.checkAll(pkgs, p -> p.path);
    }

    private static void print(TypeChecker.Checked c) {
        Loader.Pkg p = c.pkg();
        String imports = p.imports.isEmpty() ? "none" : p.imports.values().stream().map(q -> q.path).distinct().collect(Collectors.joining(", "));
        int errors = c.errors().size();
        System.out.println("package " + p.name() + " (\"" + c.types().path() + "\") imports: " + imports
                + (errors > 0 ? " [" + errors + " type errors: the order below may be incomplete]" : ""));
        Checker ch = c.checker();
        int step = 1;
        for (Checker.VarInit vi : ch.varInits) {
            String names = vi.lhs().stream().map(Var::name).collect(Collectors.joining(", "));
            var needs = ch.initNeeds.getOrDefault(vi, java.util.Set.of());
            String why = needs.isEmpty() ? "" : "\tafter " + needs.stream().map(Var::name).collect(Collectors.joining(", "));
            System.out.println("  " + step++ + ". var " + names + (vi.rhs() == null ? " (zero value)" : " = " + vi.rhs()) + why);
        }
        for (Func f : ch.initFuncs()) System.out.println("  " + step++ + ". func init at " + f.pos());
    }
}
