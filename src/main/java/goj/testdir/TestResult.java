package goj.testdir;

/**
 * The outcome of one test.
 *
 * @param path     relative to {@code $GOROOT/test}, '/'-separated ({@code fixedbugs/bug000.go})
 * @param kind     the header's action ({@code run}, {@code errorcheck}, ...)
 * @param category why it failed or was skipped ("" when it passed)
 * @param detail   one line saying more (first error, first output difference)
 * @param log      the full story for humans (commands, output); not recorded in the ratchet
 * @param seconds  wall time
 */
public record TestResult(String path, String kind, Status status, String category, String detail, String log,
                         double seconds) {
    public enum Status {
        PASS, FAIL, SKIP;

        public String word() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** This result as a ratchet line. */
    public Ratchet.Entry entry() {
        return new Ratchet.Entry(path, kind, status.word(), category, detail);
    }
}
