package goj.rt;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A Go channel. All channel operations synchronize on one scheduler lock ({@link Sched#LOCK}),
 * which makes {@code select} over several channels atomic and lets the scheduler see when every
 * goroutine is blocked (deadlock). Blocked senders wait in {@link #sendq} with their value; a
 * receiver takes from the buffer first (refilling it from the send queue), then from a waiting
 * sender. A sender blocked in {@code select} offers its value the same way, tagged with its select,
 * and the offer is withdrawn when the select completes another case.
 */
public final class Chan {
    final int capacity;
    final ArrayDeque<Object> buf = new ArrayDeque<>();
    final ArrayDeque<Sender> sendq = new ArrayDeque<>();
    boolean closed;
    /** Receivers blocked in a plain receive (a select's receive does not count). */
    int recvWaiting;

    static final class Sender {
        final Object value;
        final Select select; // null for a plain send
        final int caseIndex;
        boolean done;
        Sender(Object value, Select select, int caseIndex) { this.value = value; this.select = select; this.caseIndex = caseIndex; }
    }

    /** A select blocked with offers: which case completed (-1 while none). */
    static final class Select {
        int chosen = -1;
    }

    public Chan(long capacity) {
        if (capacity < 0 || capacity > Integer.MAX_VALUE) throw GoPanic.runtimeError("makechan: size out of range");
        this.capacity = (int) capacity;
    }

    public static int len(Chan c) {
        if (c == null) return 0;
        Sched.LOCK.lock();
        try { return c.buf.size(); } finally { Sched.LOCK.unlock(); }
    }

    public static int cap(Chan c) { return c == null ? 0 : c.capacity; }

    /** {@code c <- v}. */
    public static void send(Chan c, Object v) {
        Sched.LOCK.lock();
        try {
            if (c == null) { Sched.blockForever("chan send (nil chan)"); return; }
            if (c.closed) throw GoPanic.plain("send on closed channel");
            if (c.buf.size() < c.capacity && c.sendq.isEmpty()) {
                c.buf.add(v);
                Sched.wakeAll();
                return;
            }
            Sender s = new Sender(v, null, 0);
            c.sendq.add(s);
            Sched.wakeAll();
            while (!s.done) {
                if (c.closed) {
                    c.sendq.remove(s);
                    throw GoPanic.plain("send on closed channel");
                }
                Sched.await("chan send");
            }
        } finally {
            Sched.LOCK.unlock();
        }
    }

    /** A live offer at the head of the send queue, dropping withdrawn ones. */
    private Sender firstSender() {
        for (Iterator<Sender> it = sendq.iterator(); it.hasNext(); ) {
            Sender s = it.next();
            if (s.select == null || s.select.chosen < 0) return s;
            it.remove();
        }
        return null;
    }

    private boolean canRecv() { return !buf.isEmpty() || firstSender() != null || closed; }

    /** Takes a value; the caller holds the lock and has checked {@link #canRecv}. {@code NONE} if closed and empty. */
    private Object take() {
        if (!buf.isEmpty()) {
            Object v = buf.poll();
            Sender s = firstSender();
            if (s != null) { // a blocked sender moves its value into the buffer
                sendq.remove(s);
                buf.add(s.value);
                complete(s);
            }
            Sched.wakeAll();
            return v;
        }
        Sender s = firstSender();
        if (s != null) {
            sendq.remove(s);
            complete(s);
            Sched.wakeAll();
            return s.value;
        }
        return NONE;
    }

    private static void complete(Sender s) {
        s.done = true;
        if (s.select != null) s.select.chosen = s.caseIndex;
    }

    /** Marks "closed and drained": the receive yields the zero value and ok = false. */
    static final Object NONE = new Object();

    /** {@code <-c}: the value, or {@link #NONE} when c is closed and drained. */
    public static Object recv(Chan c) {
        Sched.LOCK.lock();
        try {
            if (c == null) { Sched.blockForever("chan receive (nil chan)"); return NONE; }
            while (!c.canRecv()) {
                c.recvWaiting++;
                try { Sched.await("chan receive"); } finally { c.recvWaiting--; }
            }
            return c.take();
        } finally {
            Sched.LOCK.unlock();
        }
    }

    public static boolean isNone(Object v) { return v == NONE; }

    /** {@code close(c)}. */
    public static void close(Chan c) {
        Sched.LOCK.lock();
        try {
            if (c == null) throw GoPanic.plain("close of nil channel");
            if (c.closed) throw GoPanic.plain("close of closed channel");
            c.closed = true;
            Sched.wakeAll();
        } finally {
            Sched.LOCK.unlock();
        }
    }

    /**
     * {@code select}: {@code chans[i]} with {@code isSend[i]} and {@code values[i]} (for sends);
     * returns the chosen case index (or -1 for default when {@code hasDefault}) and, for a receive,
     * stores the value in {@code received[0]} ({@link #NONE} when closed).
     */
    public static int select(Chan[] chans, boolean[] isSend, Object[] values, boolean hasDefault, Object[] received) {
        Sched.LOCK.lock();
        try {
            Select sel = null;
            while (true) {
                if (sel != null && sel.chosen >= 0) return withdraw(chans, sel, sel.chosen);
                int ready = 0, pick = -1;
                for (int i = 0; i < chans.length; i++) {
                    Chan c = chans[i];
                    if (c == null) continue;
                    boolean ok = isSend[i] ? c.closed || (c.buf.size() < c.capacity && c.sendq.isEmpty()) || (c.capacity == 0 && c.recvWaiting > 0)
                            : c.canRecv();
                    if (ok && ThreadLocalRandom.current().nextInt(++ready) == 0) pick = i; // uniform choice among ready cases
                }
                if (pick >= 0) {
                    Chan c = chans[pick];
                    if (sel != null) withdraw(chans, sel, -1);
                    if (isSend[pick]) {
                        if (c.closed) throw GoPanic.plain("send on closed channel");
                        if (c.buf.size() < c.capacity) {
                            c.buf.add(values[pick]);
                            Sched.wakeAll();
                        } else { // a receiver is blocked: hand the value over
                            Sender s = new Sender(values[pick], null, pick);
                            c.sendq.add(s);
                            Sched.wakeAll();
                            while (!s.done) Sched.await("select");
                        }
                    } else {
                        received[0] = c.take();
                    }
                    return pick;
                }
                if (hasDefault) return -1;
                if (sel == null) { // offer our sends, then wait for a case to become ready
                    sel = new Select();
                    for (int i = 0; i < chans.length; i++) {
                        if (isSend[i] && chans[i] != null) chans[i].sendq.add(new Sender(values[i], sel, i));
                    }
                    Sched.wakeAll();
                }
                Sched.await("select");
            }
        } finally {
            Sched.LOCK.unlock();
        }
    }

    /** Withdraws a select's offers that were not taken; returns {@code result}. */
    private static int withdraw(Chan[] chans, Select sel, int result) {
        for (Chan c : chans) if (c != null) c.sendq.removeIf(s -> s.select == sel && !s.done);
        return result;
    }
}
