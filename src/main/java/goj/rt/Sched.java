package goj.rt;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Goroutines: virtual threads, counted so that the runtime can tell when every goroutine is
 * blocked on channels — gc's {@code fatal error: all goroutines are asleep - deadlock!}.
 *
 * <p>One atomic word holds the live goroutines (high half) and the blocked ones (low half). A
 * goroutine counts as blocked from the moment it is queued on its channels (under their locks)
 * until a partner claims it ({@link Waiter#claim}), not until it runs again; so "blocked equals
 * live" is exact: no goroutine is running and none has been promised a wake-up.
 */
public final class Sched {
    private Sched() {}

    private static final long LIVE = 1L << 32;
    private static final AtomicLong COUNTS = new AtomicLong(LIVE); // the main goroutine
    private static final AtomicLong NEXT_ID = new AtomicLong(2);

    /** The main goroutine, and what it waits for while blocked (gc's wait reason). */
    private static volatile Thread main;
    private static volatile String mainWaitReason = "";

    static void setMain(Thread g) { main = g; }

    /** The number of carrier threads: GOMAXPROCS when the environment sets it, else the processors. */
    static final int PROCS = Integer.getInteger("jdk.virtualThreadScheduler.parallelism", java.lang.Runtime.getRuntime().availableProcessors());

    /** The calling goroutine is about to park for {@code reason}; reports a deadlock if it was the last one running. */
    static void block(String reason) {
        if (Thread.currentThread() == main) mainWaitReason = reason;
        long c = COUNTS.incrementAndGet();
        if ((int) c == (int) (c >>> 32)) deadlock();
    }

    /** A blocked goroutine has been claimed by a partner: it counts as running again. */
    static void unblocked() {
        COUNTS.decrementAndGet();
    }

    /** A receive from or send to a nil channel, or an empty select: blocks forever. */
    static void parkForever(String reason) {
        block(reason);
        while (true) LockSupport.park();
    }

    private static void deadlock() {
        StringBuilder sb = new StringBuilder("\ngoroutine 1 [").append(mainWaitReason).append("]:\n");
        Thread m = main;
        if (m != null) for (String f : GoPanic.goFrames(m.getStackTrace())) sb.append(f).append(" +0x0\n");
        Runtime.fatalExit("all goroutines are asleep - deadlock!", sb.toString());
    }

    /** {@code go f()}: runs {@code body} on a new goroutine. */
    public static void go(Runnable body) {
        COUNTS.addAndGet(LIVE);
        long id = NEXT_ID.getAndIncrement();
        Carriers.goroutine(null, () -> { // unnamed: a name per goroutine cost a string per go statement
            try {
                body.run();
            } catch (Throwable t) {
                Runtime.goroutinePanic(t, id);
            } finally {
                long c = COUNTS.addAndGet(-LIVE);
                if (c != 0 && (int) c == (int) (c >>> 32)) deadlock();
            }
        }).start();
    }
}
