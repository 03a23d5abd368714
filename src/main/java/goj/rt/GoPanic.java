package goj.rt;

/**
 * A Go panic in flight. The panic value is {@link #value}; a runtime error carries an
 * {@code runtime.Error} value whose message is gc's text. Stack traces of the JVM are not
 * filled in: the runtime reports Go frames itself.
 */
public final class GoPanic extends RuntimeException {
    public final Object value;

    public GoPanic(Object value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** A run-time error panic ({@code runtime.Error}) with gc's message, e.g. "integer divide by zero". */
    public static GoPanic runtimeError(String msg) {
        return new GoPanic(new RuntimeError(GoString.ofUtf8("runtime error: " + msg)));
    }

    /** The value of a run-time error panic: prints as gc's {@code runtime.Error} does. */
    public record RuntimeError(GoString message) {}
}
