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

    private GoPanic(Object value, java.util.List<String> frames) {
        super(null, null, false, false);
        this.value = value;
        this.frames = frames;
    }

    /**
     * The Go panic for a JVM exception raised by Go code: a null dereference is gc's nil pointer
     * dereference; its Go frames come from the exception's own stack trace.
     */
    static GoPanic fromJava(NullPointerException e) {
        return new GoPanic(new RuntimeError(GoString.ofUtf8("runtime error: invalid memory address or nil pointer dereference")), goFrames(e.getStackTrace()));
    }

    /** The Go frames (innermost first, at most 100) of a JVM stack trace: those of generated package classes. */
    static java.util.List<String> goFrames(StackTraceElement[] trace) {
        return java.util.Arrays.stream(trace)
                .filter(f -> f.getClassName().endsWith(".Package") || f.getClassName().contains("Package$"))
                .map(f -> goName(f.getClassName().replaceFirst("\\$.*", ""), f.getMethodName()) + "()\n\t" + f.getFileName() + ":" + f.getLineNumber())
                .limit(100)
                .toList();
    }

    /** True for the panic of a nil dereference (gc adds a signal line to its report). */
    boolean isNilDeref() {
        return value instanceof RuntimeError r && r.message().toString().endsWith("nil pointer dereference");
    }

    /** The calling Go functions: frames of generated package classes ({@code <path>/Package}). */
    private static java.util.List<String> goFrames() {
        return StackWalker.getInstance().walk(s -> s
                .filter(f -> f.getClassName().endsWith(".Package")) // Java's main(String[]) is never on a goroutine's stack
                .filter(f -> !f.getMethodName().startsWith("init$") || f.getMethodName().length() > 5)
                .map(f -> goName(f.getClassName(), f.getMethodName()) + "()\n\t" + f.getFileName() + ":" + f.getLineNumber())
                .limit(100)
                .toList());
    }

    /** gc's name of the Go function compiled to method {@code fn} of package class {@code cls}. */
    private static String goName(String cls, String fn) {
        String pkg = cls.substring(0, cls.length() - ".Package".length()).replace('.', '/');
        if (fn.matches("init\\$\\d+")) fn = "init." + (Integer.parseInt(fn.substring(5)) - 1);
        int open = fn.indexOf('\u2039'), close = fn.lastIndexOf('\u203A');
        if (open >= 0 && close > open) fn = fn.substring(0, open) + "[...]" + fn.substring(close + 1); // generic instances, as gc prints them
        int dollar = fn.indexOf('$');
        if (dollar > 0) fn = fn.substring(0, dollar) + "." + fn.substring(dollar + 1); // Type$Method
        return pkg + "." + fn;
    }

    /** A panic with a plain runtime message (gc's plainError: printed without "runtime error: "). */
    static GoPanic plain(String msg) {
        return new GoPanic(new RuntimeError(GoString.ofUtf8(msg), false));
    }

    /** A run-time error panic ({@code runtime.Error}) with gc's message, e.g. "integer divide by zero". */
    public static GoPanic runtimeError(String msg) {
        return new GoPanic(new RuntimeError(GoString.ofUtf8("runtime error: " + msg)));
    }

    /**
     * gc's run-time error for a yield function called in loop state {@code state} (the states of
     * {@code internal/abi}'s RF_State: 0 done, 2 panicking, 3 exhausted, 4 a body panic recovered
     * by the iterator).
     */
    public static GoPanic rangeState(long state) {
        return runtimeError(switch ((int) state) {
            case 0 -> "range function continued iteration after function for loop body returned false";
            case 2 -> "range function continued iteration after loop body panic";
            case 3 -> "range function continued iteration after whole loop exit";
            case 4 -> "range function recovered a loop body panic and did not resume panicking";
            default -> throw new IllegalStateException("goj: range function state " + state);
        });
    }

    /**
     * The value of a run-time error panic ({@code runtime.Error}): its message is gc's text;
     * {@code runtime} tells whether gc prefixes it with "runtime error: " (type assertion errors it does not).
     */
    public record RuntimeError(GoString message, boolean runtime) implements GoValue, GoError {
        public RuntimeError(GoString message) { this(message, true); }
        public String goType() { return runtime ? "runtime.boundsError" : "*runtime.TypeAssertionError"; }
        @Override public GoString Error() { return message; }
    }
}
