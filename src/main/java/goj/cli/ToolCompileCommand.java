package goj.cli;

import picocli.CommandLine.Command;

/** {@code goj compile}: type-check and compile Go files, reporting diagnostics */
@Command(name = "compile", description = "type-check and compile Go files, reporting diagnostics")
public final class ToolCompileCommand implements Runnable {
    @Override public void run() {
        System.err.println("goj compile: not implemented yet");
        throw new Main.ExitException(2);
    }
}
