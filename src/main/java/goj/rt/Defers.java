package goj.rt;

/**
 * The deferred calls of one function activation, and panicking and recovering through them.
 *
 * <p>A function with {@code defer} statements creates one of these on entry, pushes a thunk for
 * each executed {@code defer}, runs them in reverse order before returning ({@link #runNormal}),
 * and, when a panic unwinds through it, hands the panic to {@link #unwind}: the deferred calls run
 * with the panic in progress; if one of them calls {@code recover()} the panic stops and the
 * function returns normally, else the panic continues to the caller.
 */
public final class Defers {
    /** A pushed deferred call; the calls form a stack, newest first. */
    private record Deferred(Runnable call, Deferred next) {}

    /** The deferred calls not run yet, newest first; null when there are none. */
    private Deferred top;

    /** The panic being unwound on this goroutine while deferred calls run, with its recovered flag. */
    private static final class Panicking {
        GoPanic panic;
        boolean recovered;
    }

    private static final ThreadLocal<Panicking> CURRENT = new ThreadLocal<>();

    public void push(Runnable r) {
        top = new Deferred(r, top);
    }

    private Runnable pop() {
        Runnable r = top.call;
        top = top.next;
        return r;
    }

    /** Runs the deferred calls at a normal return; a panic in one of them unwinds through the rest. */
    public void runNormal() {
        while (top != null) {
            Runnable r = pop();
            try {
                r.run();
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable t) {
                unwind(t);
            }
        }
    }

    /**
     * Unwinds panic (or JVM exception) {@code t} through the deferred calls. Returns normally when
     * a deferred call recovered it (the function then returns its named results, or zero values);
     * otherwise rethrows the panic.
     */
    public void unwind(Throwable t) {
        if (t instanceof VirtualMachineError e) throw e; // stack overflow, out of memory: fatal, not recoverable
        GoPanic p = toPanic(t);
        Panicking saved = CURRENT.get();
        Panicking state = new Panicking();
        state.panic = p;
        CURRENT.set(state);
        try {
            while (top != null) {
                Runnable r = pop();
                try {
                    r.run();
                } catch (VirtualMachineError e) {
                    throw e;
                } catch (Throwable t2) {
                    state.panic = toPanic(t2); // a new panic replaces the one in progress
                    state.recovered = false;
                    continue;
                }
                if (state.recovered) {
                    CURRENT.set(saved);
                    runNormal();
                    return;
                }
            }
        } finally {
            if (CURRENT.get() == state) CURRENT.set(saved);
        }
        throw state.panic;
    }

    /**
     * The {@code recover} builtin: stops the panic in progress and returns its value, or returns
     * nil. As in gc, only a function called directly by a deferred call that the panic runs
     * recovers it (wrappers of promoted methods and method expressions do not count as calls).
     */
    public static Object recover() {
        Panicking s = CURRENT.get();
        if (s == null || s.recovered || s.panic == null || !calledByDeferredCall()) return null;
        s.recovered = true;
        return s.panic.value;
    }

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /**
     * Whether the caller of {@link #recover} was called by a defer thunk ({@code F$deferN}) that
     * {@link #unwind} runs. Between them there may be wrappers (synthetic methods) and frames of
     * classes that only dispatch (struct classes' interface methods; lambdas are hidden frames).
     */
    private static boolean calledByDeferredCall() {
        return WALKER.walk(frames -> {
            var it = frames.dropWhile(f -> f.getDeclaringClass() == Defers.class).skip(1).iterator(); // past the function calling recover
            while (it.hasNext()) {
                StackWalker.StackFrame f = it.next();
                if (isGoCode(f)) {
                    if (isSynthetic(f)) continue;
                    if (!f.getMethodName().matches(".*\\$defer\\d+")) return false;
                    while (it.hasNext()) {
                        StackWalker.StackFrame g = it.next();
                        if (g.getDeclaringClass() == Defers.class) return g.getMethodName().equals("unwind");
                    }
                    return false;
                }
                if (f.getClassName().startsWith("goj.rt.")) return false;
            }
            return false;
        });
    }

    private static boolean isGoCode(StackWalker.StackFrame f) {
        return f.getClassName().endsWith(".Package");
    }

    private static boolean isSynthetic(StackWalker.StackFrame f) {
        try {
            return f.getDeclaringClass().getDeclaredMethod(f.getMethodName(), f.getMethodType().parameterArray()).isSynthetic();
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    static GoPanic toPanic(Throwable t) {
        return switch (t) {
            case GoPanic p -> p;
            case NullPointerException e -> GoPanic.fromJava(e);
            default -> throw new IllegalStateException("goj: unexpected exception in Go code", t);
        };
    }
}
