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

    /** N of a -lang value go1.N, or exit with gc's complaint. */
    static int langMinor(String lang) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("go1(?:\\.(0|[1-9][0-9]{0,3}))?").matcher(lang);
        if (!m.matches()) {
            System.err.println("goj tool compile: invalid value \"" + lang + "\" for -lang: should be something like \"go1.12\"");
            throw new Main.ExitException(1);
        }
        int minor = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        if (minor > goj.build.BuildTags.GO_MINOR) {
            System.err.println("goj tool compile: invalid value \"" + lang + "\" for -lang: max known version is \"go1." + goj.build.BuildTags.GO_MINOR + "\"");
            throw new Main.ExitException(1);
        }
        return minor;
    }

    @Override public void run() {
        if (lang != null) langMinor(lang); // gc's complaints about the value
        Compiler.Result r = Compiler.compile(Path.of(""), files.stream().map(Path::toString).toList(), complete, lang);
        if (!r.ok()) {
            Diagnostics.print(r.diagnostics(), allErrors);
            throw new Main.ExitException(1);
        }
    }
}
