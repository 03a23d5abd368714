package goj.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code goj} command: the go command's verbs, run on the JVM. */
@Command(name = "goj",
        mixinStandardHelpOptions = false,
        description = "goj is a tool for running Go programs on the JVM.",
        subcommands = {
                RunCommand.class,
                BuildCommand.class,
                VersionCommand.class,
                EnvCommand.class,
                SetupCommand.class,
                ToolCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(System.err);
        throw new ExitException(2);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs goj with {@code args} and returns its exit status (never calls System.exit). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof ExitException e) return e.status;
            throw ex;
        });
        cl.setParameterExceptionHandler((ex, args1) -> {
            System.err.println("goj: " + ex.getMessage());
            ex.getCommandLine().usage(System.err);
            return 2;
        });
        return cl.execute(args);
    }

    /** Thrown by a command to end goj with a given exit status after it has reported why. */
    public static final class ExitException extends RuntimeException {
        final int status;
        public ExitException(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }
}
