package goj.cli;

import goj.build.GoEnv;
import goj.build.GoRoot;
import goj.build.Setup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code goj env [VAR...]}: prints goj's environment like {@code go env}: all variables as
 * {@code NAME='value'} lines, or just the values of the named ones, one per line.
 */
@Command(name = "env", description = "print goj environment information")
public final class EnvCommand implements Runnable {
    @Parameters(arity = "0..*", paramLabel = "VAR") List<String> names = List.of();

    @Override public void run() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GOARCH", GoEnv.GOARCH);
        env.put("GOOS", GoEnv.GOOS);
        env.put("GOJCACHE", GoEnv.cacheDir().toString());
        try {
            GoRoot g = GoRoot.resolve();
            env.put("GOROOT", g.dir().toString());
            env.put("GOVERSION", g.version());
        } catch (Setup.SetupException e) {
            System.err.println(e.getMessage());
            throw new Main.ExitException(1);
        }
        env.put("GOJVERSION", "goj" + GoEnv.GOJ_VERSION);
        env.put("GOJ_JAVA_HOME", System.getProperty("java.home"));
        if (names.isEmpty()) {
            env.forEach((k, v) -> System.out.println(k + "='" + v + "'"));
        } else {
            for (String n : names) System.out.println(env.getOrDefault(n, ""));
        }
    }
}
