package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a tick on a fixed delay, on the office's own daemon thread or a host's executor. It only
 * calls the tick; all time inside comes from the office's clock. Thread-safe (synchronized).
 */
final class TimerThread {
    private final Duration period;
    private ScheduledFuture<?> ticking;
    private ScheduledExecutorService own;

    TimerThread(Duration period) {
        this.period = period;
    }

    synchronized void start(Runnable tick) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "grid-office-timer");
            t.setDaemon(true);
            return t;
        });
        try {
            start(executor, tick);
        } catch (IllegalStateException e) {
            executor.shutdown();
            throw e;
        }
        own = executor;
    }

    synchronized void start(ScheduledExecutorService executor, Runnable tick) {
        requireNonNull(executor, "executor");
        if (ticking != null) {
            throw new IllegalStateException("the office is already started");
        }
        long millis = period.toMillis();
        ticking = executor.scheduleWithFixedDelay(tick, millis, millis, TimeUnit.MILLISECONDS);
    }

    synchronized void stop() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        if (own != null) {
            own.shutdown();
            own = null;
        }
    }

    synchronized boolean running() {
        return ticking != null;
    }
}
