/**
 * The conformance harness: runs Go's own test suite ({@code $GOROOT/test}) against goj, as
 * {@code goj tool testsuite}, with the semantics of Go's runner (cmd/internal/testdir).
 *
 * <p>Takes: a GOROOT whose {@code test} directory is walked (the runner's directory list,
 * {@link goj.testdir.Suite#DIRS}); a {@link goj.testdir.Toolchain} to test, driven only through
 * subprocesses: goj ({@code goj run}, {@code goj tool compile -e [-I DIR -p PATH -o FILE]}) or, to
 * validate the harness, the reference {@code go} toolchain; filters, workers, a time limit.
 *
 * <p>Gives: one {@link goj.testdir.TestResult} per test (pass, fail or skip with a reason
 * category such as {@code not-yet-supported:go statement}, {@code import:fmt}, {@code ice},
 * {@code wrong-output}, {@code exit-status}, {@code timeout}, {@code errorcheck:missing},
 * {@code errorcheck:unexpected}, {@code build-tag}, {@code gc-only:-m},
 * {@code kind-unsupported:asmcheck}); per-kind counts; and the ratchet against
 * {@code conformance/expected.tsv} ({@link goj.testdir.Ratchet}): a recorded pass that now fails
 * is a regression.
 *
 * <p>Pieces: {@link goj.testdir.Header} (recipe line and its flags), {@link goj.testdir.RunnerTags}
 * (the runner's build tags for {@link goj.syntax.BuildConstraint}: gc on linux/amd64 without cgo),
 * {@link goj.testdir.ErrorCheck} and {@link goj.testdir.GoRegexp} (ERROR comments),
 * {@link goj.testdir.GojFlags} (which gc flags goj gets), {@link goj.testdir.TestRunner} (one test,
 * per action), {@link goj.testdir.Exec} (subprocess with time limit, tree kill).
 */
package goj.testdir;
