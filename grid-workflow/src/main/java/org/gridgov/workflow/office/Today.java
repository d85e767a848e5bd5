package org.gridgov.workflow.office;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clock's local date, as {@link LocalDate#now(Clock)} gives it, worked out once per local day:
 * the intake asks it for every report (the admission list's day), and the zone arithmetic of a
 * {@code LocalDate.now} per report showed in the intake's profile. Thread-safe.
 */
final class Today {
    private record Day(ZoneId zone, Instant from, Instant until, LocalDate date) {}

    private final Clock clock;
    private volatile Day day;

    Today(Clock clock) {
        this.clock = clock;
    }

    /** The clock's local date now. */
    LocalDate date() {
        Instant now = clock.instant();
        ZoneId zone = clock.getZone();
        Day d = day;
        if (d != null && d.zone().equals(zone) && !now.isBefore(d.from()) && now.isBefore(d.until())) {
            return d.date();
        }
        LocalDate date = LocalDate.ofInstant(now, zone);
        day = new Day(
                zone,
                date.atStartOfDay(zone).toInstant(),
                date.plusDays(1).atStartOfDay(zone).toInstant(),
                date);
        return date;
    }
}
