package goj.rt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Cooperative preemption. Virtual threads are never time-sliced, so a goroutine looping without
 * calls would keep its carrier forever; the compiler therefore puts {@link #poll} on every loop
 * back-edge. A ticker thread raises {@link #requested} every {@link #TICK_MILLIS} ms (as gc's
 * sysmon preempts a goroutine running longer than 10 ms); the first goroutine to poll it clears it
 * and yields its carrier. The flag is read with opaque access: cheap on every loop iteration, yet
 * never hoisted out of the loop the way a plain read may be.
 */
public final class Preempt {
    private Preempt() {}

    static final long TICK_MILLIS = 10;

    @SuppressWarnings("unused") // accessed through REQUESTED
    private static boolean requested;

    private static final VarHandle REQUESTED;

    static {
        try {
            REQUESTED = MethodHandles.lookup().findStaticVarHandle(Preempt.class, "requested", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The safe point at loop back-edges: yields the carrier when a preemption is pending. */
    public static void poll() {
        if ((boolean) REQUESTED.getOpaque()) yieldNow();
    }

    private static void yieldNow() {
        REQUESTED.setOpaque(false);
        Thread.yield();
    }

    /** Starts the ticker (once per process; a daemon, so it never keeps the program alive). */
    static void startTicker() {
        Thread t = new Thread(Preempt::tick, "goj-preempt");
        t.setDaemon(true);
        t.start();
    }

    private static void tick() {
        while (true) {
            try {
                Thread.sleep(TICK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            REQUESTED.setOpaque(true);
        }
    }
}
