package goj.cli;

import picocli.CommandLine.Command;

/** {@code goj ast}: print the syntax tree of Go files */
@Command(name = "ast", description = "print the syntax tree of Go files")
public final class ToolAstCommand implements Runnable {
    @Override public void run() {
        System.err.println("goj ast: not implemented yet");
        throw new Main.ExitException(2);
    }
}
