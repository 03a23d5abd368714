package goj.rt;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * goj's scheduler for the virtual threads that carry goroutines: {@link Sched#PROCS} carrier
 * threads with run queues, as gc's Ps with theirs.
 *
 * <p>The JDK's default scheduler (a work-stealing pool) hands a goroutine woken by another to
 * whichever carrier steals it first. Two goroutines that take turns (a channel round trip) then
 * keep crossing carriers, and each crossing wakes a sleeping carrier: about 1.3 µs, four times a
 * same-carrier switch. gc avoids this with {@code runnext}, and so does this scheduler:
 * <ul>
 * <li>A goroutine made runnable by the goroutine running on carrier C (a channel partner woken,
 *     a {@code go} statement) goes to C's {@link Carrier#runnext}, to run as soon as the current
 *     one blocks; the goroutine it displaces goes to the tail of C's {@link Carrier#runq}.
 * <li>A goroutine that yields (preemption) or is made runnable by a thread that is no goroutine
 *     (the main thread, a timer) goes to the {@link #global} queue.
 * <li>A carrier runs, in order: its runnext, its run queue, the global queue (first, every 61st
 *     time, so the global queue is never starved), then work stolen from the other carriers.
 * <li>A carrier without work spins for {@link #SPIN_NANOS} looking for some, stealing from run
 *     queues at once and a {@code runnext} only once it has sat there for {@link #STALE_NANOS}
 *     while its carrier kept running the same goroutine (gc's thieves wait 3 µs the same way),
 *     then parks. Whoever queues work wakes one parked carrier when none is spinning, so a
 *     spinning carrier is always there to pick up work another carrier cannot run yet.
 * </ul>
 * The JDK lets a virtual thread choose its scheduler only through a non-public builder, which
 * needs {@code java.lang} opened to goj ({@code --add-opens java.base/java.lang=ALL-UNNAMED}, or the
 * {@code Add-Opens} manifest entry of a goj executable). Without it goroutines run on the JDK's
 * default scheduler: correct, only slower to hand off.
 */
final class Carriers implements Executor {
    /** How long a carrier without work looks for some before it parks. */
    static final long SPIN_NANOS = 50_000;
    /** How long another carrier's runnext must wait before it may be stolen. */
    static final long STALE_NANOS = 10_000;
    /**
     * How long a spinning carrier pauses between two looks at the queues: looking reads the cache
     * lines the busy carriers write on every switch, and looking every 0.1 µs made a channel round
     * trip on the other carrier twice as slow as looking every 10 µs.
     */
    static final long PROBE_NANOS = 10_000;

    /** Builds goroutines: virtual threads on {@link #SCHEDULER}, or on the JDK's scheduler when goj may not choose. */
    private static final Thread.Builder.OfVirtual BUILDER;
    /** {@code Thread.currentCarrierThread()}; null with the JDK's scheduler. */
    private static final MethodHandle CURRENT_CARRIER;
    private static final VarHandle RUNNEXT;
    static final Carriers SCHEDULER;

    static {
        Thread.Builder.OfVirtual builder = Thread.ofVirtual();
        MethodHandle carrier = null;
        Carriers scheduler = null;
        try {
            MethodHandles.Lookup lang = MethodHandles.privateLookupIn(Thread.class, MethodHandles.lookup());
            carrier = lang.findStatic(Thread.class, "currentCarrierThread", MethodType.methodType(Thread.class));
            Class<?> vtb = Class.forName("java.lang.ThreadBuilders$VirtualThreadBuilder");
            MethodHandle ctor = MethodHandles.privateLookupIn(vtb, MethodHandles.lookup())
                    .findConstructor(vtb, MethodType.methodType(void.class, Executor.class));
            scheduler = new Carriers(Sched.PROCS);
            builder = (Thread.Builder.OfVirtual) ctor.invoke(scheduler);
        } catch (Throwable e) { // java.lang not opened, or a JDK without the builder: the default scheduler
            carrier = null;
            scheduler = null;
        }
        BUILDER = builder;
        CURRENT_CARRIER = carrier;
        SCHEDULER = scheduler;
        try {
            RUNNEXT = MethodHandles.lookup().findVarHandle(Carrier.class, "runnext", Runnable.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
        if (scheduler != null) scheduler.startCarriers();
    }

    /** A new, unstarted goroutine running {@code body}, named {@code name} when not null. */
    static Thread goroutine(String name, Runnable body) {
        Thread g = BUILDER.unstarted(body); // the shared builder stays unnamed: naming it would name every goroutine
        if (name != null) g.setName(name);
        return g;
    }

    final Carrier[] carriers;
    /** Runnable goroutines not tied to a carrier. */
    final ConcurrentLinkedQueue<Runnable> global = new ConcurrentLinkedQueue<>();
    /** Carriers parked for want of work; each is unparked by whoever removes it. */
    final ConcurrentLinkedQueue<Carrier> idle = new ConcurrentLinkedQueue<>();
    /** Carriers looking for work (gc's nmspinning). */
    final AtomicInteger spinning = new AtomicInteger();

    private Carriers(int n) {
        carriers = new Carrier[n];
        for (int i = 0; i < n; i++) carriers[i] = new Carrier(this, i);
    }

    private void startCarriers() {
        for (Carrier c : carriers) c.start();
    }

    /**
     * Makes a goroutine runnable ({@code task} continues its virtual thread). Called by the JDK
     * when a goroutine starts, is unparked or yields, with the caller's continuation pinned: it
     * must not block.
     */
    @Override public void execute(Runnable task) {
        Thread t = Thread.currentThread();
        if (t.isVirtual() && carrierOf() instanceof Carrier c && c.sched == this) {
            Runnable displaced = (Runnable) RUNNEXT.getAndSet(c, task);
            if (displaced != null) c.runq.add(displaced);
        } else {
            global.add(task);
        }
        wake();
    }

    private static Thread carrierOf() {
        try {
            return (Thread) CURRENT_CARRIER.invokeExact();
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** New work is queued: unless a carrier is already looking for work, wakes a parked one to look. */
    void wake() {
        if (spinning.get() != 0 || !spinning.compareAndSet(0, 1)) return;
        Carrier c = idle.poll();
        if (c == null) {
            spinning.decrementAndGet();
            return;
        }
        c.spinning = true; // counted above, on its behalf
        c.parked = false;
        LockSupport.unpark(c);
    }

    /** Whether some queue holds work (or a runnext waits) that a carrier about to park should look at. */
    private boolean workAnywhere() {
        if (!global.isEmpty()) return true;
        for (Carrier c : carriers) if (c.runnext != null || !c.runq.isEmpty()) return true;
        return false;
    }

    /** One of the {@link Sched#PROCS} threads that run goroutines (gc's M with its P). */
    static final class Carrier extends Thread {
        final Carriers sched;
        /** The goroutine to run when the current one blocks; set by {@link #execute}, taken with getAndSet. */
        volatile Runnable runnext;
        /** The carrier's other runnable goroutines. */
        final ConcurrentLinkedQueue<Runnable> runq = new ConcurrentLinkedQueue<>();
        /** Goroutines started so far: a thief tells by it whether this carrier has moved on. */
        volatile long ticks;
        /** Whether this carrier counts itself in {@link Carriers#spinning}. Own thread only, but for {@link #wake}'s hand-over. */
        volatile boolean spinning;
        /** Whether this carrier sits in {@link Carriers#idle}, waiting to be woken. */
        volatile boolean parked;

        /** What a spinning carrier saw in each other carrier's runnext, with that carrier's ticks, and since when. */
        private final Runnable[] seen;
        private final long[] seenTicks, seenSince;

        Carrier(Carriers sched, int index) {
            super("goj-carrier-" + index);
            this.sched = sched;
            setDaemon(true);
            int n = sched.carriers.length;
            seen = new Runnable[n];
            seenTicks = new long[n];
            seenSince = new long[n];
        }

        @Override public void run() {
            while (true) {
                Runnable task = findRunnable();
                ticks = ticks + 1; // this thread alone writes it
                task.run();
            }
        }

        /** The next goroutine to run: from this carrier, the global queue or another carrier, after parking if need be. */
        private Runnable findRunnable() {
            while (true) {
                Runnable t = queued();
                if (t == null) t = spin();
                if (t != null) {
                    if (spinning) stopSpinning(true);
                    return t;
                }
                park();
            }
        }

        /** A goroutine queued on this carrier or globally, or null. */
        private Runnable queued() {
            Runnable t;
            if (ticks % 61 == 0 && (t = sched.global.poll()) != null) return t;
            if (runnext != null && (t = (Runnable) RUNNEXT.getAndSet(this, null)) != null) return t;
            if ((t = runq.poll()) != null) return t;
            return sched.global.poll();
        }

        /** Looks for work for up to {@link #SPIN_NANOS}, counted as spinning; null (and no longer spinning) if there was none. */
        private Runnable spin() {
            if (!spinning) {
                spinning = true;
                sched.spinning.incrementAndGet();
            }
            long start = System.nanoTime();
            while (true) {
                Runnable t = sched.global.poll();
                if (t == null) t = steal();
                if (t != null) return t;
                long now = System.nanoTime();
                if (now - start > SPIN_NANOS) break;
                while (System.nanoTime() - now < PROBE_NANOS) Thread.onSpinWait(); // spares the victims' cache lines
            }
            stopSpinning(false);
            return null;
        }

        /** Leaves the spinning state; the last spinner to find work wakes another, so new work always finds a spinner (gc's resetspinning). */
        private void stopSpinning(boolean foundWork) {
            spinning = false;
            if (sched.spinning.decrementAndGet() == 0 && foundWork) sched.wake();
        }

        /** A goroutine from another carrier's run queue, or its runnext once stale. */
        private Runnable steal() {
            Carrier[] all = sched.carriers;
            long now = System.nanoTime();
            for (int k = 0; k < all.length; k++) {
                Carrier v = all[k];
                if (v == this) continue;
                Runnable t = v.runq.poll();
                if (t != null) return t;
                Runnable next = v.runnext;
                long vt = v.ticks;
                if (next == null || next != seen[k] || vt != seenTicks[k]) {
                    seen[k] = next;
                    seenTicks[k] = vt;
                    seenSince[k] = now;
                } else if (now - seenSince[k] > STALE_NANOS && RUNNEXT.compareAndSet(v, next, null)) {
                    seen[k] = null;
                    return next;
                }
            }
            return null;
        }

        /** Parks until {@link #wake} hands this carrier work to look for; returns at once if work appeared meanwhile. */
        private void park() {
            parked = true;
            sched.idle.add(this);
            if (sched.workAnywhere() && sched.idle.remove(this)) {
                parked = false;
                return;
            }
            while (parked) LockSupport.park(this);
        }
    }
}
