package goj.cli;

import picocli.CommandLine.Command;

/** {@code goj parse}: parse Go files and report errors and throughput */
@Command(name = "parse", description = "parse Go files and report errors and throughput")
public final class ToolParseCommand implements Runnable {
    @Override public void run() {
        System.err.println("goj parse: not implemented yet");
        throw new Main.ExitException(2);
    }
}
