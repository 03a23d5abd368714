package goj.cli;

import goj.build.GoEnv;
import picocli.CommandLine.Command;

/** {@code goj version}: prints goj's version the way {@code go version} does. */
@Command(name = "version", description = "print goj version")
public final class VersionCommand implements Runnable {
    @Override public void run() {
        System.out.println("goj version goj" + GoEnv.GOJ_VERSION + " " + GoEnv.GO_RELEASE + " "
                + GoEnv.GOOS + "/" + GoEnv.GOARCH);
    }
}
