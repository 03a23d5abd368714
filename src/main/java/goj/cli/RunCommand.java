package goj.cli;

import picocli.CommandLine.Command;

/** {@code goj run}: compile and run Go program */
@Command(name = "run", description = "compile and run Go program")
public final class RunCommand implements Runnable {
    @Override public void run() {
        System.err.println("goj run: not implemented yet");
        throw new Main.ExitException(2);
    }
}
