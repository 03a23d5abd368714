package goj.cli;

import goj.build.Compiler;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code goj tool ssa [-func NAME] FILE.go...}: prints the SSA form of a package's functions. */
@Command(name = "ssa", description = "print the SSA form of the functions of a package")
public final class ToolSsaCommand implements Runnable {
    @Option(names = "-func", description = "only the function with this name (methods: Type$Method, closures: outer$funcN)") String func;
    @Parameters(arity = "1..*", paramLabel = "FILE.go") List<Path> files;

    @Override public void run() {
        Compiler.Result r = Compiler.compile(files);
        if (!r.ok()) {
            Diagnostics.print(r.diagnostics(), false);
            throw new Main.ExitException(1);
        }
        int printed = 0;
        for (goj.ssa.Function f : r.ssa().functions()) {
            if (func != null && !f.name().equals(func)) continue;
            System.out.println(goj.ssa.Printer.print(f));
            printed++;
        }
        if (printed == 0) {
            System.err.println("goj tool ssa: no function " + func);
            throw new Main.ExitException(1);
        }
    }
}
