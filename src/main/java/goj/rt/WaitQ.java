package goj.rt;

/**
 * A channel's queue of waiting receivers or senders (gc's waitq), guarded by the channel's lock:
 * a doubly linked list, so a select removes its sudogs from the channels it did not use in O(1).
 */
final class WaitQ {
    /** One waiting case: its goroutine, the case index within a select (0 otherwise) and, for a send, the value. */
    static final class Sudog {
        final Waiter waiter;
        final int caseIndex;
        final Object elem;
        private Sudog prev, next;
        private boolean queued;

        Sudog(Waiter waiter, int caseIndex, Object elem) {
            this.waiter = waiter;
            this.caseIndex = caseIndex;
            this.elem = elem;
        }
    }

    private Sudog first, last;

    void add(Sudog s) {
        s.prev = last;
        if (last == null) first = s;
        else last.next = s;
        last = s;
        s.queued = true;
    }

    /** Unlinks {@code s} if it is still queued. */
    void remove(Sudog s) {
        if (!s.queued) return;
        if (s.prev == null) first = s.next;
        else s.prev.next = s.next;
        if (s.next == null) last = s.prev;
        else s.next.prev = s.prev;
        s.prev = s.next = null;
        s.queued = false;
    }

    /** Removes and returns the first sudog whose goroutine this call claims; drops those already claimed by another channel. */
    Sudog dequeue() {
        while (first != null) {
            Sudog s = first;
            remove(s);
            if (s.waiter.claim()) return s;
        }
        return null;
    }
}
