package goj.cli;

import goj.build.Compiler;
import goj.syntax.Diagnostic;
import java.util.List;

/** Prints diagnostics as gc does: one {@code file:line:col: message} line each, at most 10 unless all. */
final class Diagnostics {
    private Diagnostics() {}

    static void print(List<Diagnostic> diags, boolean all) {
        int n = 0;
        String lastLine = null;
        for (Diagnostic d : diags) {
            String line = d.pos().filename() + ":" + d.pos().line();
            // gc reports one syntax error per line
            if (d.msg().startsWith("syntax error") && line.equals(lastLine)) continue;
            lastLine = line;
            if (!all && n == Compiler.ERROR_LIMIT) {
                System.err.println(d.pos() + ": too many errors");
                return;
            }
            System.err.println(d);
            n++;
        }
    }
}
