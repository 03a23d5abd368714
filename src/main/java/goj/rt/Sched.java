package goj.rt;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Goroutines: virtual threads, counted so that the runtime can tell when every goroutine is
 * blocked on channels — gc's {@code fatal error: all goroutines are asleep - deadlock!}.
 */
public final class Sched {
    private Sched() {}

    /** Guards all channel state; {@link #CHANGED} is signalled on every change. */
    static final ReentrantLock LOCK = new ReentrantLock();
    static final Condition CHANGED = LOCK.newCondition();

    private static int live = 1; // the main goroutine
    private static int blocked;
    private static long nextId = 2;

    /** Incremented by every {@link #wakeAll}: waiters woken by it are no longer counted as blocked. */
    private static long generation;

    /**
     * Blocks the calling goroutine until channel state changes (caller holds {@link #LOCK}). A
     * woken goroutine counts as runnable until it waits again, so the deadlock check only fires
     * when every goroutine is waiting and none has been woken.
     */
    static void await(String why) {
        long gen = generation;
        blocked++;
        if (blocked == live) deadlock();
        CHANGED.awaitUninterruptibly();
        if (generation == gen) blocked--; // woken spuriously: not counted by wakeAll
    }

    /** Wakes every blocked goroutine to re-check its channels (caller holds {@link #LOCK}). */
    static void wakeAll() {
        generation++;
        blocked = 0;
        CHANGED.signalAll();
    }

    /** A receive from or send to a nil channel: blocks forever. */
    static void blockForever(String why) {
        while (true) await(why);
    }

    private static void deadlock() {
        Runtime.fatalExit("all goroutines are asleep - deadlock!", "\ngoroutine 1 [chan receive]:\nmain.main()\n");
    }

    /** {@code go f()}: runs {@code body} on a new goroutine. */
    public static void go(Runnable body) {
        long id;
        LOCK.lock();
        try {
            live++;
            id = nextId++;
        } finally {
            LOCK.unlock();
        }
        Thread.ofVirtual().name("goroutine " + id).start(() -> {
            try {
                body.run();
            } catch (Throwable t) {
                Runtime.goroutinePanic(t, id);
            } finally {
                LOCK.lock();
                try {
                    live--;
                    if (live > 0 && blocked == live) deadlock();
                } finally {
                    LOCK.unlock();
                }
            }
        });
    }
}
