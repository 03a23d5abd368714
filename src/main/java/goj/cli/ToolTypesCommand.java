package goj.cli;

import goj.build.Compiler;
import goj.syntax.Expr;
import goj.syntax.Name;
import goj.types.Obj;
import goj.types.TypeAndValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code goj tool types FILE.go...}: the type checker's results for a package: every expression
 * with its position, source text, mode and type (and constant value), and every identifier with
 * the object it defines or uses.
 */
@Command(name = "types", description = "print the type of every expression and the object of every identifier")
public final class ToolTypesCommand implements Runnable {
    @Parameters(arity = "1..*", paramLabel = "FILE.go") List<Path> files;

    @Override public void run() {
        Compiler.Checked c = Compiler.check(files);
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
}
