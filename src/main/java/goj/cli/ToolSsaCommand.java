package goj.cli;

import goj.build.Compiler;
import goj.ssa.Function;
import goj.ssa.Printer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code goj tool ssa [-passes] [-html OUT.html] [-func NAME] FILE.go...}: prints the SSA form of a
 * package's functions after the optimization passes; with {@code -passes}, after the builder and
 * after each pass; with {@code -html}, writes one self-contained page with a column per pass for
 * the function {@code -func} (like gc's GOSSAFUNC ssa.html).
 */
@Command(name = "ssa", description = "print the SSA form of the functions of a package")
public final class ToolSsaCommand implements Runnable {
    @Option(names = "-func", description = "only the function with this name (methods: Type$Method, closures: outer$funcN)") String func;
    @Option(names = "-passes", description = "print the SSA after building and after each optimization pass") boolean passes;
    @Option(names = "-html", paramLabel = "OUT.html", description = "write a page showing the -func function after each pass side by side") Path html;
    @Parameters(arity = "1..*", paramLabel = "FILE.go") List<Path> files;

    @Override public void run() {
        if (html != null && func == null) {
            System.err.println("goj tool ssa: -html needs -func NAME");
            throw new Main.ExitException(2);
        }
        // pass name -> function name -> printed SSA after that pass
        Map<String, Map<String, String>> snapshots = new LinkedHashMap<>();
        Compiler.Result r = Compiler.compile(files, passes || html != null ? (pass, prog) -> {
            Map<String, String> fs = new LinkedHashMap<>();
            for (Function f : prog.functions()) if (func == null || f.name().equals(func)) fs.put(f.name(), Printer.print(f));
            snapshots.put(pass, fs);
        } : null);
        if (!r.ok()) {
            Diagnostics.print(r.diagnostics(), false);
            throw new Main.ExitException(1);
        }
        List<String> names = new ArrayList<>();
        for (Function f : r.ssa().functions()) if (func == null || f.name().equals(func)) names.add(f.name());
        if (names.isEmpty()) {
            System.err.println("goj tool ssa: no function " + func);
            throw new Main.ExitException(1);
        }
        if (html != null) {
            try {
                Files.writeString(html, SsaHtml.page(func, snapshots));
            } catch (IOException e) {
                System.err.println("goj tool ssa: " + e.getMessage());
                throw new Main.ExitException(1);
            }
            System.out.println("dumped SSA for " + func + " to " + html);
            return;
        }
        for (Function f : r.ssa().functions()) {
            if (!names.contains(f.name())) continue;
            if (!passes) {
                System.out.println(Printer.print(f));
                continue;
            }
            for (var e : snapshots.entrySet()) {
                System.out.println("-- after " + e.getKey() + " --");
                System.out.println(e.getValue().get(f.name()));
            }
        }
    }
}
