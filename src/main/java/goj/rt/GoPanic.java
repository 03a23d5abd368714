package goj.rt;

/**
 * A Go panic in flight. The panic value is {@link #value}; a runtime error carries an
 * {@code runtime.Error} value whose message is gc's text. Stack traces of the JVM are not
 * filled in: the runtime reports Go frames itself.
 */
public final class GoPanic extends RuntimeException {
    public final Object value;
    /** The Go frames (innermost first) where the panic started, as {@code function\n\tfile:line}. */
    final java.util.List<String> frames;

    public GoPanic(Object value) {
        super(null, null, false, false);
        this.value = value;
        this.frames = goFrames();
    }

    /** The calling Go functions: frames of generated package classes ({@code <path>/Package}). */
    private static java.util.List<String> goFrames() {
        return StackWalker.getInstance().walk(s -> s
                .filter(f -> f.getClassName().endsWith(".Package")) // Java's main(String[]) is never on a goroutine's stack
                .filter(f -> !f.getMethodName().startsWith("init$") || f.getMethodName().length() > 5)
                .map(f -> goName(f) + "()\n\t" + f.getFileName() + ":" + f.getLineNumber())
                .limit(100)
                .toList());
    }

    private static String goName(StackWalker.StackFrame f) {
        String cls = f.getClassName();
        String pkg = cls.substring(0, cls.length() - ".Package".length()).replace('.', '/');
        String fn = f.getMethodName();
        if (fn.startsWith("init$")) fn = "init." + (Integer.parseInt(fn.substring(5)) - 1);
        return pkg + "." + fn;
    }

    /** A run-time error panic ({@code runtime.Error}) with gc's message, e.g. "integer divide by zero". */
    public static GoPanic runtimeError(String msg) {
        return new GoPanic(new RuntimeError(GoString.ofUtf8("runtime error: " + msg)));
    }

    /** The value of a run-time error panic: prints as gc's {@code runtime.Error} does. */
    public record RuntimeError(GoString message) {}
}
