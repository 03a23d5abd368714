package goj.rt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * goj's goroutine scheduler. Goroutines are started with {@link Sched#go} (so the deadlock
 * accounting sees them live) and the test thread waits with latches, never on a channel.
 */
class CarriersTest {
    private static boolean await(CountDownLatch done) throws InterruptedException {
        return done.await(60, TimeUnit.SECONDS);
    }

    @Test void goroutinesRunOnGojCarriers() throws InterruptedException {
        assertNotNull(Carriers.SCHEDULER, "java.lang is opened to goj in the test JVM, so goj schedules goroutines");
        String[] where = new String[1];
        CountDownLatch done = new CountDownLatch(1);
        Sched.go(() -> {
            where[0] = Thread.currentThread().toString(); // VirtualThread[#N]/runnable@CARRIER
            done.countDown();
        });
        assertTrue(await(done));
        assertTrue(where[0].contains("@goj-carrier-"), where[0]);
    }

    @Test void pingPongHandsEveryValueOver() throws InterruptedException {
        Chan ping = new Chan(0), pong = new Chan(0);
        int trips = 100_000;
        AtomicLong sum = new AtomicLong();
        AtomicBoolean pongClosed = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(2);
        Sched.go(() -> {
            for (Object v; !Chan.isNone(v = Chan.recv(ping)); ) Chan.send(pong, (Long) v + 1);
            Chan.close(pong);
            done.countDown();
        });
        Sched.go(() -> {
            long s = 0;
            for (long i = 0; i < trips; i++) {
                Chan.send(ping, i);
                s += (Long) Chan.recv(pong);
            }
            Chan.close(ping);
            sum.set(s);
            pongClosed.set(Chan.isNone(Chan.recv(pong)));
            done.countDown();
        });
        assertTrue(await(done));
        assertEquals((long) trips * (trips + 1) / 2, sum.get());
        assertTrue(pongClosed.get());
    }

    @Test void everyStartedGoroutineRuns() throws InterruptedException {
        int n = 20_000;
        Chan results = new Chan(0);
        AtomicLong sum = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        Sched.go(() -> { // starts n goroutines that each run next in turn, displacing the one before
            for (long i = 0; i < n; i++) {
                long v = i;
                Sched.go(() -> Chan.send(results, v));
            }
            long s = 0;
            for (int i = 0; i < n; i++) s += (Long) Chan.recv(results);
            sum.set(s);
            done.countDown();
        });
        assertTrue(await(done));
        assertEquals((long) n * (n - 1) / 2, sum.get());
    }

    @Test void spinningGoroutinesDoNotStarveOthers() throws InterruptedException {
        Preempt.startTicker();
        int spinners = Sched.PROCS + 1; // more than there are carriers
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(spinners + 1);
        for (int i = 0; i < spinners; i++) {
            Sched.go(() -> {
                while (!stop.get()) Preempt.poll();
                done.countDown();
            });
        }
        Sched.go(() -> { // queued behind the spinners: runs only if they yield at their safe points
            stop.set(true);
            done.countDown();
        });
        assertTrue(await(done), "a goroutine queued behind spinning ones never ran");
    }
}
