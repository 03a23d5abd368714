package goj.cli;

import picocli.CommandLine.Command;

/** {@code goj testsuite}: run the conformance suite over $GOROOT/test */
@Command(name = "testsuite", description = "run the conformance suite over $GOROOT/test")
public final class ToolTestsuiteCommand implements Runnable {
    @Override public void run() {
        System.err.println("goj testsuite: not implemented yet");
        throw new Main.ExitException(2);
    }
}
