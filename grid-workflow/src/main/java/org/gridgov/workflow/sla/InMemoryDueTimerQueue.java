package org.gridgov.workflow.sla;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link DueTimerQueue} in memory: a binary heap of timers keyed by their due instant as a
 * primitive (nanoseconds since the epoch, in a {@code long[]} beside the timers, so a sift reads
 * one compact array rather than chasing objects), and a set of fired keys. Timers due at the same
 * nanosecond come out in an order the heap chooses. Superseded timers stay in the heap until they
 * come due and are dropped by the scheduler's check (lazy deletion keeps scheduling O(log n) with no
 * index by clock). Nothing survives the process: a host that must not fire twice across restarts
 * uses a durable queue. The fired keys are kept for the queue's lifetime (about 100 bytes each).
 * Thread-safe (synchronized).
 */
public final class InMemoryDueTimerQueue implements DueTimerQueue {
    private long[] keys = new long[1024];
    private Timer[] timers = new Timer[1024];
    private int size;
    private final Set<TimerKey> fired = ConcurrentHashMap.newKeySet();

    /** An empty queue. */
    public InMemoryDueTimerQueue() {
        // nothing scheduled, nothing fired
    }

    @Override
    public synchronized void schedule(Timer timer) {
        requireNonNull(timer, "timer");
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            timers = Arrays.copyOf(timers, size * 2);
        }
        long key = nanos(timer.at());
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            keys[i] = keys[parent];
            timers[i] = timers[parent];
            i = parent;
        }
        keys[i] = key;
        timers[i] = timer;
    }

    @Override
    public synchronized Optional<Timer> pollDue(Instant now) {
        if (size == 0 || keys[0] > nanos(now)) {
            return Optional.empty();
        }
        Timer head = timers[0];
        int last = --size;
        long key = keys[last];
        Timer moved = timers[last];
        timers[last] = null;
        int i = 0;
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (key <= keys[child]) {
                break;
            }
            keys[i] = keys[child];
            timers[i] = timers[child];
            i = child;
        }
        if (size > 0) {
            keys[i] = key;
            timers[i] = moved;
        }
        return Optional.of(head);
    }

    @Override
    public boolean markFired(TimerKey key) {
        return fired.add(requireNonNull(key, "key"));
    }

    @Override
    public boolean hasFired(TimerKey key) {
        return fired.contains(key);
    }

    @Override
    public synchronized int size() {
        return size;
    }

    /** Nanoseconds since the epoch, saturating beyond the years 1677-2262. */
    private static long nanos(Instant t) {
        try {
            return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
        } catch (ArithmeticException e) {
            return t.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
