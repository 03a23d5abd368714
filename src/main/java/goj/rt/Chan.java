package goj.rt;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A Go channel, as gc's hchan: a buffer and queues of blocked receivers and senders, guarded by
 * the channel's own lock. A send hands its value straight to a waiting receiver, else buffers it,
 * else queues and parks; a receive takes from a waiting sender (through the buffer when there is
 * one, keeping FIFO order), else from the buffer, else queues and parks. Invariant: waiting
 * senders imply a full buffer, waiting receivers an empty one. {@link #select} locks
 * all its channels at once, always in {@link #id} order, so two selects never deadlock each other.
 */
public final class Chan {
    private static final AtomicLong IDS = new AtomicLong();

    /** Total order of channels for locking several at once. */
    final long id = IDS.getAndIncrement();
    final ReentrantLock lock = new ReentrantLock();
    final int capacity;
    final ArrayDeque<Object> buf;
    final WaitQ recvq = new WaitQ();
    final WaitQ sendq = new WaitQ();
    boolean closed;

    public Chan(long capacity) {
        if (capacity < 0 || capacity > Integer.MAX_VALUE) throw GoPanic.runtimeError("makechan: size out of range");
        this.capacity = (int) capacity;
        this.buf = new ArrayDeque<>(Math.min(this.capacity, 16)); // grows as needed; small for unbuffered channels
    }

    public static int len(Chan c) {
        if (c == null) return 0;
        c.lock.lock();
        try { return c.buf.size(); } finally { c.lock.unlock(); }
    }

    public static int cap(Chan c) { return c == null ? 0 : c.capacity; }

    /** Marks "closed and drained": the receive yields the zero value and ok = false. */
    static final Object NONE = new Object();

    public static boolean isNone(Object v) { return v == NONE; }

    /** {@code c <- v}. */
    public static void send(Chan c, Object v) {
        if (c == null) Sched.parkForever("chan send (nil chan)");
        c.lock.lock();
        if (c.closed) {
            c.lock.unlock();
            throw closedSend();
        }
        if (c.trySend(v)) {
            c.lock.unlock();
            return;
        }
        Waiter w = new Waiter();
        c.sendq.add(new WaitQ.Sudog(w, 0, v));
        Sched.block("chan send");
        c.lock.unlock();
        w.park();
        if (w.closed) throw closedSend();
    }

    /** {@code <-c}: the value, or {@link #NONE} when c is closed and drained. */
    public static Object recv(Chan c) {
        if (c == null) Sched.parkForever("chan receive (nil chan)");
        c.lock.lock();
        Object v = c.tryRecv();
        if (v != null) {
            c.lock.unlock();
            return unwrap(v);
        }
        Waiter w = new Waiter();
        c.recvq.add(new WaitQ.Sudog(w, 0, null));
        Sched.block("chan receive");
        c.lock.unlock();
        w.park();
        return w.closed ? NONE : w.value;
    }

    /** {@code close(c)}: wakes every waiting receiver (with {@link #NONE}) and sender (which panics). */
    public static void close(Chan c) {
        if (c == null) throw GoPanic.plain("close of nil channel");
        c.lock.lock();
        try {
            if (c.closed) throw GoPanic.plain("close of closed channel");
            c.closed = true;
            for (WaitQ.Sudog s; (s = c.recvq.dequeue()) != null; ) s.waiter.complete(s.caseIndex, NONE, true);
            for (WaitQ.Sudog s; (s = c.sendq.dequeue()) != null; ) s.waiter.complete(s.caseIndex, null, true);
        } finally {
            c.lock.unlock();
        }
    }

    /**
     * With the lock held and the channel open: sends {@code v} if that needs no waiting — to a
     * waiting receiver, which is woken, or into the buffer. False if the sender must wait.
     */
    boolean trySend(Object v) {
        WaitQ.Sudog r = recvq.dequeue();
        if (r != null) {
            r.waiter.complete(r.caseIndex, v, false);
            return true;
        }
        if (buf.size() < capacity) {
            buf.add(wrap(v));
            return true;
        }
        return false;
    }

    /**
     * With the lock held: receives if that needs no waiting — from a waiting sender (which is
     * woken; through the buffer when there is one, so values stay in order), from the buffer, or
     * {@link #NONE} from a closed, drained channel. Returns the value {@link #wrap}ped, or null
     * if the receiver must wait.
     */
    Object tryRecv() {
        WaitQ.Sudog s = sendq.dequeue();
        if (s != null) {
            Object v;
            if (capacity == 0) v = wrap(s.elem);
            else {
                v = buf.poll();
                buf.add(wrap(s.elem));
            }
            s.waiter.complete(s.caseIndex, null, false);
            return v;
        }
        if (!buf.isEmpty()) return buf.poll();
        return closed ? NONE : null;
    }

    /** A Go nil in the buffer and in {@link #tryRecv}'s result (whose null means "would block"). */
    private static final Object NIL = new Object();

    static Object wrap(Object v) { return v == null ? NIL : v; }

    static Object unwrap(Object v) { return v == NIL ? null : v; }

    /**
     * {@code select}: {@code chans[i]} with {@code isSend[i]} and {@code values[i]} (for sends);
     * returns the chosen case index (or -1 for default when {@code hasDefault}) and, for a receive,
     * stores the value in {@code received[0]} ({@link #NONE} when closed). Among the ready cases
     * one is chosen uniformly (the first ready one in a random order, as gc's pollorder); when none
     * is ready the goroutine queues a sudog on every case's channel and parks until a partner
     * claims one, then withdraws the others.
     */
    public static int select(Chan[] chans, boolean[] isSend, Object[] values, boolean hasDefault, Object[] received) {
        int n = chans.length;
        if (n == 0 && !hasDefault) Sched.parkForever("select (no cases)");
        if (n == 1 && !hasDefault) { // gc compiles it to the plain operation, which a deadlock report shows
            if (isSend[0]) send(chans[0], values[0]);
            else received[0] = recv(chans[0]);
            return 0;
        }
        int[] poll = new int[n];
        for (int i = 0; i < n; i++) { // Fisher–Yates, inside out
            int j = ThreadLocalRandom.current().nextInt(i + 1);
            poll[i] = poll[j];
            poll[j] = i;
        }
        Chan[] locks = lockOrder(chans);
        lockAll(locks);
        for (int i : poll) {
            Chan c = chans[i];
            if (c == null) continue;
            if (isSend[i]) {
                if (c.closed) {
                    unlockAll(locks);
                    throw closedSend();
                }
                if (c.trySend(values[i])) {
                    unlockAll(locks);
                    return i;
                }
            } else {
                Object v = c.tryRecv();
                if (v != null) {
                    unlockAll(locks);
                    received[0] = unwrap(v);
                    return i;
                }
            }
        }
        if (hasDefault) {
            unlockAll(locks);
            return -1;
        }
        Waiter w = new Waiter();
        WaitQ.Sudog[] sudogs = new WaitQ.Sudog[n];
        for (int i = 0; i < n; i++) {
            Chan c = chans[i];
            if (c == null) continue;
            sudogs[i] = new WaitQ.Sudog(w, i, isSend[i] ? values[i] : null);
            (isSend[i] ? c.sendq : c.recvq).add(sudogs[i]);
        }
        Sched.block("select");
        unlockAll(locks);
        w.park();
        lockAll(locks);
        for (int i = 0; i < n; i++) if (sudogs[i] != null) (isSend[i] ? chans[i].sendq : chans[i].recvq).remove(sudogs[i]);
        unlockAll(locks);
        int i = w.chosen;
        if (isSend[i]) {
            if (w.closed) throw closedSend();
        } else {
            received[0] = w.closed ? NONE : w.value;
        }
        return i;
    }

    /** The distinct non-nil channels of a select, in lock order. */
    private static Chan[] lockOrder(Chan[] chans) {
        Chan[] sorted = Arrays.stream(chans).filter(c -> c != null).sorted((a, b) -> Long.compare(a.id, b.id)).toArray(Chan[]::new);
        int k = 0;
        for (int i = 0; i < sorted.length; i++) if (k == 0 || sorted[k - 1] != sorted[i]) sorted[k++] = sorted[i];
        return Arrays.copyOf(sorted, k);
    }

    private static void lockAll(Chan[] locks) { for (Chan c : locks) c.lock.lock(); }

    private static void unlockAll(Chan[] locks) { for (int i = locks.length - 1; i >= 0; i--) locks[i].lock.unlock(); }

    static GoPanic closedSend() { return GoPanic.plain("send on closed channel"); }
}
