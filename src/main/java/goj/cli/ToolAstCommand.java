package goj.cli;

import goj.syntax.Diagnostic;
import goj.syntax.Dumper;
import goj.syntax.File;
import goj.syntax.Syntax;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code goj tool ast}: print the syntax tree of Go files */
@Command(name = "ast", description = "print the syntax tree of Go files")
public final class ToolAstCommand implements Runnable {
    @Option(names = "-positions", description = "print each node's position")
    boolean positions;

    @Option(names = "-comments", description = "keep comments (listed after the tree)")
    boolean comments;

    @Parameters(paramLabel = "FILE.go", arity = "1..*", description = "Go source files")
    List<Path> files = new ArrayList<>();

    @Override public void run() {
        PrintStream out = System.out;
        int errors = 0;
        for (Path p : files) {
            byte[] src;
            try {
                src = Files.readAllBytes(p);
            } catch (IOException e) {
                System.err.println("goj tool ast: " + e.getMessage());
                errors++;
                continue;
            }
            List<Diagnostic> diags = new ArrayList<>();
            int mode = Syntax.CHECK_BRANCHES | (comments ? Syntax.KEEP_COMMENTS : 0);
            File f = Syntax.parse(p.toString(), src, diags::add, mode);
            for (Diagnostic d : diags) System.err.println(d);
            errors += diags.size();
            if (f != null && diags.isEmpty()) {
                out.print(Dumper.dump(f, positions));
                if (comments) f.comments.forEach(c -> out.println("Comment " + c.text() + (positions ? " @" + c.pos() : "")));
                if (positions || comments) f.directives.forEach(d -> out.println("Directive " + d.text() + (positions ? " @" + d.pos() : "")));
            }
        }
        out.flush();
        if (errors > 0) throw new Main.ExitException(1);
    }
}
