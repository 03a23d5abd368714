package goj.cli;

import picocli.CommandLine.Command;

/** {@code goj version}: print goj version */
@Command(name = "version", description = "print goj version")
public final class VersionCommand implements Runnable {
    @Override public void run() {
        System.err.println("goj version: not implemented yet");
        throw new Main.ExitException(2);
    }
}
