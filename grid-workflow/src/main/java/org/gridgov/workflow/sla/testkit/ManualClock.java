package org.gridgov.workflow.sla.testkit;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that moves only when told: for policy tests, simulations and replays, where the
 * engine and the SLA scheduler must see the time of the story rather than the system's.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.at("2026-02-13T16:00+08:00");
 * MatterEngine engine = MatterEngine.builder(clock).build();
 * clock.advance(Duration.ofMinutes(20));
 * }</pre>
 *
 * <p>Thread-safe. A clock from {@link #withZone} shares this clock's time and moves with it.
 */
public final class ManualClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = requireNonNull(zone, "zone");
    }

    /** A clock at {@code start}, in {@code zone}. */
    public static ManualClock of(Instant start, ZoneId zone) {
        return new ManualClock(new AtomicReference<>(requireNonNull(start, "start")), zone);
    }

    /** A clock in Beijing time (Asia/Shanghai) at an ISO offset time such as {@code 2026-02-13T16:00+08:00}. */
    public static ManualClock at(String isoOffsetTime) {
        return of(OffsetDateTime.parse(isoOffsetTime).toInstant(), ZoneId.of("Asia/Shanghai"));
    }

    /** Moves the clock to {@code next} (forwards or backwards: replays and tests decide). */
    public void set(Instant next) {
        now.set(requireNonNull(next, "next"));
    }

    /** Moves the clock forward by {@code d}. */
    public void advance(Duration d) {
        requireNonNull(d, "d");
        now.updateAndGet(t -> t.plus(d));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ManualClock(now, other);
    }
}
