package goj.cli;

import goj.build.GoRoot;
import goj.build.Setup;
import picocli.CommandLine.Command;

/** {@code goj setup}: makes sure a Go 1.27 GOROOT is available, fetching one into the cache. */
@Command(name = "setup", description = "fetch the Go 1.27 sources goj compiles against (once)")
public final class SetupCommand implements Runnable {
    @Override public void run() {
        try {
            GoRoot g = GoRoot.resolve();
            System.out.println("GOROOT=" + g.dir() + " (" + g.version() + ")");
        } catch (Setup.SetupException e) {
            System.err.println(e.getMessage());
            throw new Main.ExitException(1);
        }
    }
}
