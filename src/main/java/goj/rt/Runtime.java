package goj.rt;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;

/**
 * Program start and exit: runs a compiled Go program's package initialization and
 * {@code main.main} on the main goroutine, and ends the process with gc's exit statuses (0 when
 * main returns, 2 after an unrecovered panic or a fatal error).
 */
public final class Runtime {
    private static volatile String[] args = new String[0];

    private Runtime() {}

    /** The program's arguments, {@code os.Args[1:]}. */
    public static String[] args() { return args.clone(); }

    /**
     * Runs the program whose main package class is {@code mainClass}: its static {@code init$}
     * (which initializes imported packages first) and then its static {@code main}. Never returns.
     */
    public static void start(Class<?> mainClass, String[] programArgs) {
        args = programArgs.clone();
        configureScheduler();
        Preempt.startTicker();
        MethodHandle init, main;
        try {
            MethodHandles.Lookup l = MethodHandles.publicLookup();
            init = l.findStatic(mainClass, "init$", MethodType.methodType(void.class));
            main = l.findStatic(mainClass, "main", MethodType.methodType(void.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("goj: " + mainClass.getName() + " is not a Go main package", e);
        }
        int[] status = {0};
        Thread g = Carriers.goroutine("goroutine 1", () -> {
            try {
                init.invokeExact();
                main.invokeExact();
            } catch (Throwable t) {
                status[0] = failure(t, 1);
            }
        });
        Sched.setMain(g);
        g.start();
        try {
            g.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exit(status[0]);
    }

    /**
     * {@code GOMAXPROCS=N} in the environment: N carrier threads run goroutines, as gc runs them on
     * N Ps; and no tracking of virtual threads for thread dumps. Must run before the first virtual
     * thread starts (the JDK reads both properties once).
     */
    private static void configureScheduler() {
        // The JDK otherwise registers every virtual thread in a concurrent set, for thread dumps
        // only: a map insertion and removal per go statement (core/spawn: a fifth of its CPU time).
        if (System.getProperty("jdk.trackAllThreads") == null) System.setProperty("jdk.trackAllThreads", "false");
        String n = System.getenv("GOMAXPROCS");
        if (n == null || !n.matches("[1-9][0-9]{0,3}")) return; // gc ignores values that are not positive numbers
        System.setProperty("jdk.virtualThreadScheduler.parallelism", n);
    }

    /** Set by {@code goj run}: like {@code go run}, report a non-zero exit status on stderr. */
    public static volatile boolean reportExitStatus;

    /** Ends the process with {@code code}, as os.Exit does: deferred calls do not run. */
    public static void exit(int code) {
        System.out.flush();
        System.err.flush();
        if (reportExitStatus && code != 0) writeStderr("exit status " + code + "\n");
        if (Boolean.getBoolean("goj.PROFHACK")) System.exit(code); // PROFHACK
        java.lang.Runtime.getRuntime().halt(code);
    }

    /** The exit status for goroutine {@code id} ending with {@code t}, after reporting it as gc does. */
    private static int failure(Throwable t, long id) {
        return switch (t) {
            case GoPanic p -> unrecoveredPanic(p, id);
            case NullPointerException e -> unrecoveredPanic(GoPanic.fromJava(e), id);
            case StackOverflowError e -> stackOverflow(e, id);
            default -> internalError(t);
        };
    }

    /** A goroutine other than main ended with {@code t}: the whole program dies, as in gc. */
    static void goroutinePanic(Throwable t, long id) {
        exit(failure(t, id));
    }

    /** Reports a fatal error and ends the program with status 2. */
    static void fatalExit(String msg, String after) {
        writeStderr("fatal error: " + msg + "\n" + after);
        exit(2);
    }

    private static int unrecoveredPanic(GoPanic p, long id) {
        StringBuilder sb = new StringBuilder("panic: ");
        appendPanicValue(sb, p.value);
        if (p.isNilDeref()) sb.append("\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
        sb.append("\n\ngoroutine ").append(id).append(" [running]:\n");
        for (String f : p.frames) sb.append(f).append(" +0x0\n");
        writeStderr(sb.toString());
        return 2;
    }

    /** gc's printpanicval: strings bare, errors by message, other values as print would. */
    static void appendPanicValue(StringBuilder sb, Object v) {
        switch (v) {
            case null -> sb.append("panic called with nil argument (use runtime.PanicNilError)");
            case GoPanic.RuntimeError e -> sb.append(e.message());
            case GoString s -> sb.append(s);
            case Long l -> sb.append(l);
            case Boolean b -> sb.append(b);
            case Double d -> sb.append(Print.formatFloat(d));
            case Boxes.Float32 f -> sb.append(Print.formatFloat32(f.v()));
            case Complex128 c -> sb.append(Print.formatComplex(c));
            case Complex64 c -> sb.append(Print.formatComplex64(c));
            case Boxes.Int64 x -> sb.append(x.v());
            case Boxes.Int32 x -> sb.append(x.v());
            case Boxes.Int16 x -> sb.append(x.v());
            case Boxes.Int8 x -> sb.append(x.v());
            case Boxes.Uint x -> sb.append(Long.toUnsignedString(x.v()));
            case Boxes.Uint64 x -> sb.append(Long.toUnsignedString(x.v()));
            case Boxes.Uintptr x -> sb.append(Long.toUnsignedString(x.v()));
            case Boxes.Uint32 x -> sb.append(Integer.toUnsignedString(x.v()));
            case Boxes.Uint16 x -> sb.append(x.v());
            case Boxes.Uint8 x -> sb.append(x.v());
            case GoError e -> sb.append(e.Error());
            default -> sb.append("(").append(Ifaces.typeName(v)).append(") 0x").append(Long.toHexString(0xc000000000L + (System.identityHashCode(v) & 0xffffffffL) * 8));
        }
    }

    /**
     * gc's report of a goroutine whose stack outgrew the 1 GB maximum: the limit, the stack
     * bounds (goj's are nominal: a JVM thread's stack has no Go addresses), the fatal error and
     * the goroutine's innermost Go frames. Deferred calls do not run, as in gc.
     */
    private static int stackOverflow(StackOverflowError e, long id) {
        long lo = 0xc000000000L + (id << 32);
        StringBuilder sb = new StringBuilder("runtime: goroutine stack exceeds 1000000000-byte limit\n")
                .append("runtime: sp=0x").append(Long.toHexString(lo + 0x398))
                .append(" stack=[0x").append(Long.toHexString(lo)).append(", 0x").append(Long.toHexString(lo + 0x40000000L)).append("]\n")
                .append("fatal error: stack overflow\n\ngoroutine ").append(id).append(" [running]:\n");
        for (String f : GoPanic.goFrames(e.getStackTrace())) sb.append(f).append(" +0x0\n");
        sb.append("...additional frames elided...\n");
        writeStderr(sb.toString());
        return 2;
    }

    private static int internalError(Throwable t) {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        err.println("goj: internal runtime error: " + t + " (set GOJ_DEBUG=1 for the Java trace)");
        if (System.getenv("GOJ_DEBUG") != null) t.printStackTrace(err);
        return 2;
    }

    private static void writeStderr(String s) {
        try {
            new FileOutputStream(FileDescriptor.err).write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // nothing more can be reported
        }
    }
}
