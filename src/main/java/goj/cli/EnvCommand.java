package goj.cli;

import picocli.CommandLine.Command;

/** {@code goj env}: print goj environment information */
@Command(name = "env", description = "print goj environment information")
public final class EnvCommand implements Runnable {
    @Override public void run() {
        System.err.println("goj env: not implemented yet");
        throw new Main.ExitException(2);
    }
}
