package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.visit.MissedVisit;
import org.gridgov.workflow.visit.VisitCompliance;
import org.gridgov.workflow.visit.VisitPolicy;
import org.gridgov.workflow.visit.VisitRule;

/**
 * The timers of mandatory visits (走访): on each tick, once a day, checks the periods of the visit
 * policy's rules that ended before today (on the office's calendar, from the watch's first day) and
 * acts once per rule, subject and period on each visit not done: {@code WARN} records a
 * {@link VisitWarning} (delivered through the outbox), {@code OPEN_MATTER} first opens a matter in
 * the subject's grid, received by {@value #ACTOR} (idempotent by the warning's key as external id),
 * {@code ESCALATE} names the grid's community. The store's warning keys make it exactly once across
 * ticks, restarts and offices sharing the store. Thread-safe.
 */
final class VisitWatch {
    /** The receiver of matters opened for missed visits. */
    static final String ACTOR = "system:visits";

    private static final System.Logger LOG = System.getLogger(VisitWatch.class.getName());
    private static final String CATEGORY = "SPECIAL_POPULATION";

    private final GridOffice office;
    private final OfficeStore store;
    private final VisitPolicy policy;
    private final VisitSource source;
    private final LocalDate from;
    private final AtomicReference<WorkingCalendar> calendar;
    private final Set<String> known = ConcurrentHashMap.newKeySet();
    private volatile boolean loaded;
    private volatile LocalDate checkedThrough;

    VisitWatch(
            GridOffice office,
            OfficeStore store,
            VisitPolicy policy,
            VisitSource source,
            LocalDate from,
            AtomicReference<WorkingCalendar> calendar) {
        this.office = office;
        this.store = store;
        this.policy = requireNonNull(policy, "policy");
        this.source = requireNonNull(source, "source");
        this.from = requireNonNull(from, "from");
        this.calendar = calendar;
    }

    /** Acts on the visits missed in periods that ended before {@code now}'s day; returns how many it acted on. */
    synchronized int fire(Instant now) {
        WorkingCalendar cal = calendar.get();
        ZoneId zone = cal.zone();
        LocalDate last = now.atZone(zone).toLocalDate().minusDays(1);
        if (last.isBefore(from) || (checkedThrough != null && !last.isAfter(checkedThrough))) {
            return 0;
        }
        if (!loaded) {
            for (VisitWarning w : store.visitWarnings()) {
                known.add(w.key());
            }
            loaded = true;
        }
        LocalDate firstDay = from.with(IsoFields.DAY_OF_QUARTER, 1);
        if (from.minusDays(6).isBefore(firstDay)) {
            firstDay = from.minusDays(6);
        }
        VisitCompliance.Result result =
                VisitCompliance.of(policy, cal).check(source.subjects(), source.visits(firstDay, last), from, last);
        int acted = 0;
        boolean failed = false;
        for (MissedVisit m : result.missed()) {
            String key = "visit/" + m.rule() + "/" + m.subject() + "/" + m.periodEnd();
            if (known.contains(key)) {
                continue;
            }
            try {
                if (store.warnVisit(warning(key, m, now, zone))) {
                    acted++;
                }
                known.add(key);
            } catch (RuntimeException e) {
                failed = true; // retried on the next tick; the key keeps it once
                LOG.log(
                        System.Logger.Level.WARNING,
                        "visit watch could not act on rule " + m.rule() + ": "
                                + e.getClass().getName());
            }
        }
        if (!failed) {
            checkedThrough = last;
        }
        return acted;
    }

    private VisitWarning warning(String key, MissedVisit m, Instant now, ZoneId zone) {
        MatterId matter = null;
        AreaCode escalatedTo = null;
        if (m.action() == VisitRule.MissAction.OPEN_MATTER) {
            matter = office.report(report(key, m), ACTOR).id();
        } else if (m.action() == VisitRule.MissAction.ESCALATE) {
            escalatedTo = communityOf(m.grid());
        }
        return new VisitWarning(
                key,
                VisitWarning.Kind.VISIT,
                m.rule(),
                m.grid(),
                m.visitor(),
                m.subject(),
                m.periodEnd().plusDays(1).atStartOfDay(zone).toInstant(),
                now,
                m.action(),
                matter,
                escalatedTo);
    }

    /** The matter opened for a missed visit: no personal data, only the rule, period and reference. */
    private static MatterReport report(String key, MissedVisit m) {
        return MatterReport.builder()
                .channel(SourceChannel.GRID_PATROL)
                .category(CATEGORY)
                .location(Location.of(m.grid()))
                .severity(Severity.LOW)
                .description("missed visit: rule " + m.rule() + ", subject " + m.subject() + ", period "
                        + m.periodStart() + " to " + m.periodEnd())
                .externalId(key)
                .build();
    }

    /** The community the grid lies in (the level above the grid worker), or the grid's parent. */
    static AreaCode communityOf(AreaCode grid) {
        for (AreaCode a = grid; a != null; a = a.parent()) {
            if (a.level() == AreaLevel.COMMUNITY) {
                return a;
            }
        }
        return grid.parent() == null ? grid : grid.parent();
    }
}
