package goj.rt;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * A goroutine blocked in one channel operation or one {@code select} (gc's g while it waits):
 * queued on its channels through {@link WaitQ.Sudog}s, it waits until a partner goroutine claims
 * it for one case, completes that case and wakes it. Exactly one claim succeeds, so a select
 * queued on several channels completes exactly one case; the claimer counts the goroutine as
 * runnable again ({@link Sched#unblocked}) at the moment of the claim.
 */
final class Waiter {
    private static final int WAITING = 0, CLAIMED = 1, WOKEN = 2;
    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Waiter.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Thread thread = Thread.currentThread();
    private volatile int state = WAITING;

    /** Written by the claimer before {@link #complete} publishes them: the completed case, the value received, and whether it completed because its channel was closed. */
    int chosen;
    Object value;
    boolean closed;

    /** Claims this waiter for one of its cases; false if another partner already did. */
    boolean claim() {
        if (!STATE.compareAndSet(this, WAITING, CLAIMED)) return false;
        Sched.unblocked();
        return true;
    }

    /** After a successful {@link #claim}: records the outcome of case {@code caseIndex} and wakes the goroutine. */
    void complete(int caseIndex, Object received, boolean byClose) {
        chosen = caseIndex;
        value = received;
        closed = byClose;
        state = WOKEN;
        LockSupport.unpark(thread);
    }

    /** Parks the calling goroutine (the waiter's own) until {@link #complete}. */
    void park() {
        while (state != WOKEN) LockSupport.park(this);
    }
}
