package org.gridgov.workflow.sla.testkit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The hand-moved clock's former name, kept so that policy projects written against the test kit
 * still compile: it is {@link org.gridgov.workflow.time.ManualClock}, which main code (the office,
 * {@code grid simulate}) uses. New code uses that one. Thread-safe.
 */
public final class ManualClock extends org.gridgov.workflow.time.ManualClock {

    private ManualClock(Instant start, ZoneId zone) {
        super(start, zone);
    }

    /** A clock at {@code start}, in {@code zone}. */
    public static ManualClock of(Instant start, ZoneId zone) {
        return new ManualClock(start, zone);
    }

    /** A clock in Beijing time (Asia/Shanghai) at an ISO offset time such as {@code 2026-02-13T16:00+08:00}. */
    public static ManualClock at(String isoOffsetTime) {
        return of(OffsetDateTime.parse(isoOffsetTime).toInstant(), ZoneId.of("Asia/Shanghai"));
    }
}
