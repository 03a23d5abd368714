package goj.testdir;

import goj.build.BuildTags;

/**
 * The build tags of Go's test runner ({@code test/run.go}) on linux/amd64 with cgo off: goj's
 * target tags ({@link BuildTags}) with {@code test_run} set, and without {@code unix} and
 * {@code goj}, which the runner does not know. A test's {@code -goexperiment} argument does not
 * change the experiments (the runner consults the toolchain's own tool tags).
 */
public final class RunnerTags {
    private RunnerTags() {}

    /** Whether tag {@code name} holds for a test file. */
    public static boolean matches(String name) {
        return switch (name) {
            case "test_run" -> true;
            case "unix", "goj" -> false;
            default -> BuildTags.matches(name);
        };
    }
}
