package goj.cli;

import goj.build.Compiler;
import goj.types.Checker;
import goj.types.Func;
import goj.types.Var;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code goj tool initorder FILE.go...}: the order in which the package's variables are
 * initialized (with the dependencies that forced each step) and its init functions run.
 */
@Command(name = "initorder", description = "print package initialization order")
public final class ToolInitorderCommand implements Runnable {
    @Parameters(arity = "1..*", paramLabel = "FILE.go") List<Path> files;

    @Override public void run() {
        Compiler.Checked c = Compiler.check(files);
        if (!c.diagnostics().isEmpty()) {
            Diagnostics.print(c.diagnostics(), false);
            throw new Main.ExitException(1);
        }
        Checker ch = c.checker();
        String pkg = c.files().getFirst().pkgName.value;
        System.out.println("package " + pkg + " (imports: none)");
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
