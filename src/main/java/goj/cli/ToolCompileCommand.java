package goj.cli;

import goj.build.Compiler;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code goj tool compile [-e] FILE.go...}: compiles one package's files, like
 * {@code go tool compile}; prints diagnostics as {@code file:line:col: message} and exits 1 if
 * there were any.
 */
@Command(name = "compile", description = "type-check and compile the files of one package, reporting diagnostics")
public final class ToolCompileCommand implements Runnable {
    @Option(names = "-e", description = "no limit on the number of errors reported") boolean allErrors;
    @Option(names = "-I", description = "directory of compiled packages to import from (not used yet)") List<String> importDirs;
    @Option(names = "-p", description = "import path of the package being compiled") String packagePath;
    @Option(names = "-o", description = "output file (goj writes no package archives yet)") String output;
    @Option(names = "-complete", description = "no non-Go sources: a function without a body is an error") boolean complete;
    @Option(names = "-lang", description = "Go language version source code expects (go1.N)") String lang;
    @Parameters(arity = "1..*", paramLabel = "FILE.go") List<Path> files;

    @Override public void run() {
        Compiler.Result r = Compiler.compile(Path.of(""), files.stream().map(Path::toString).toList(), complete, lang);
        if (!r.ok()) {
            Diagnostics.print(r.diagnostics(), allErrors);
            throw new Main.ExitException(1);
        }
    }
}
