package goj.cli;

import picocli.CommandLine.Command;

/** {@code goj setup}: fetch the Go 1.27 sources goj compiles against */
@Command(name = "setup", description = "fetch the Go 1.27 sources goj compiles against")
public final class SetupCommand implements Runnable {
    @Override public void run() {
        System.err.println("goj setup: not implemented yet");
        throw new Main.ExitException(2);
    }
}
