package goj.cli;

import picocli.CommandLine.Command;

/** {@code goj tool NAME}: the pipeline's looking glasses and goj's own tools. */
@Command(name = "tool",
        description = "run a goj tool: ast, parse, types, initorder, ssa, compile, testsuite",
        subcommands = {
                ToolAstCommand.class,
                ToolParseCommand.class,
                ToolCompileCommand.class,
                ToolSsaCommand.class,
                ToolAsmCommand.class,
                ToolTypesCommand.class,
                ToolInitorderCommand.class,
                ToolTestsuiteCommand.class,
        })
public final class ToolCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        spec.commandLine().usage(System.err);
        throw new Main.ExitException(2);
    }
}
