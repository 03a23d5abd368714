package goj.build;

import java.util.Set;

/**
 * The build tags goj compiles with, as {@code go/build.Default} has them for GOOS=linux,
 * GOARCH=amd64 and CGO_ENABLED=0, plus goj's own tag:
 * <ul>
 *   <li>{@code linux}, {@code amd64}, {@code unix} (linux is a Unix);</li>
 *   <li>{@code gc}: goj behaves as the gc toolchain (language, diagnostics, output), so files
 *       for gc are the right ones; {@code gccgo} is false;</li>
 *   <li>{@code cgo} is false: goj has no C;</li>
 *   <li>the release tags {@code go1.1} … {@code go1.27};</li>
 *   <li>{@code goexperiment.X} for the experiments on (by default in Go 1.27 on linux/amd64, or by GOEXPERIMENT);</li>
 *   <li>{@code goj}: true only under goj, so a file can say {@code //go:build goj} (or
 *       {@code !goj}) to hold a goj-specific replacement of a declaration.</li>
 * </ul>
 * Any other tag (other systems and architectures, {@code ignore}, {@code purego} …) is false.
 */
public final class BuildTags {
    private BuildTags() {}

    /** Experiments on by default in Go 1.27 for linux/amd64 (go/build.Default.ToolTags). */
    public static final Set<String> DEFAULT_EXPERIMENTS = Set.of(
            "regabiwrappers", "regabiargs", "dwarf5", "jsonv2", "greenteagc",
            "randomizedheapbase64", "sizespecializedmalloc");

    /** The newest release tag: go1.1 … go1.27 are all satisfied. */
    public static final int GO_MINOR = 27;

    /**
     * Whether experiment {@code name} is on: on by default, or named in GOEXPERIMENT (a comma-separated
     * list of experiments to turn on, {@code noX} to turn X off, {@code none} to turn all off), as for gc.
     */
    public static boolean experiment(String name) {
        boolean on = DEFAULT_EXPERIMENTS.contains(name);
        String env = System.getenv("GOEXPERIMENT");
        if (env == null) return on;
        for (String e : env.split(",")) {
            e = e.strip();
            if (e.equals("none")) on = false;
            else if (e.equals(name)) on = true;
            else if (e.equals("no" + name)) on = false;
        }
        return on;
    }

    /** Whether build tag {@code name} is satisfied for goj's target. */
    public static boolean matches(String name) {
        if (name.isEmpty()) return false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c) && !Character.isDigit(c) && c != '_' && c != '.') return false;
        }
        if (name.startsWith("go1.")) {
            try {
                int minor = Integer.parseInt(name.substring(4));
                return minor >= 1 && minor <= GO_MINOR && name.equals("go1." + minor);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (name.startsWith("goexperiment.")) return experiment(name.substring(13));
        return switch (name) {
            case "linux", "amd64", "unix", "gc", "goj" -> true;
            default -> false;
        };
    }
}
