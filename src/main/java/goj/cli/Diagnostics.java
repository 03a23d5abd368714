package goj.cli;

import goj.build.Compiler;
import goj.syntax.Diagnostic;
import java.util.List;

/** Prints diagnostics on stderr in gc's format ({@link Compiler#format}). */
final class Diagnostics {
    private Diagnostics() {}

    static void print(List<Diagnostic> diags, boolean all) {
        System.err.print(Compiler.format(diags, all));
        System.err.flush();
    }
}
