package goj.cli;

import picocli.CommandLine.Command;

/** {@code goj build}: compile Go files into an executable jar */
@Command(name = "build", description = "compile Go files into an executable jar")
public final class BuildCommand implements Runnable {
    @Override public void run() {
        System.err.println("goj build: not implemented yet");
        throw new Main.ExitException(2);
    }
}
