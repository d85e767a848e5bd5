package org.gridgov.workflow.time;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that moves only when told: for simulations ({@code grid simulate}), replays and
 * tests, where the office, the engine and the SLA clocks must see the time of the story rather than
 * the system's.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.at("2026-02-13T16:00+08:00");
 * GridOffice office = GridOffice.builder(clock).plan(plan, roster).build();
 * clock.advance(Duration.ofMinutes(20));
 * office.tick();
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

    /** A clock at {@code start} in {@code zone}. */
    private ManualClock(Instant start, ZoneId zone) {
        this(new AtomicReference<>(requireNonNull(start, "start")), zone);
    }

    /** A clock at {@code start}, in {@code zone}. */
    public static ManualClock of(Instant start, ZoneId zone) {
        return new ManualClock(start, zone);
    }

    /** A clock in Beijing time (Asia/Shanghai) at an ISO offset time such as {@code 2026-02-13T16:00+08:00}. */
    public static ManualClock at(String isoOffsetTime) {
        return of(OffsetDateTime.parse(isoOffsetTime).toInstant(), ZoneId.of("Asia/Shanghai"));
    }

    /** Moves the clock to {@code next} (forwards or backwards: replays and tests decide). */
    public final void set(Instant next) {
        now.set(requireNonNull(next, "next"));
    }

    /** Moves the clock forward by {@code d}. */
    public final void advance(Duration d) {
        requireNonNull(d, "d");
        now.updateAndGet(t -> t.plus(d));
    }

    @Override
    public final Instant instant() {
        return now.get();
    }

    @Override
    public final ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ManualClock(now, other);
    }
}
