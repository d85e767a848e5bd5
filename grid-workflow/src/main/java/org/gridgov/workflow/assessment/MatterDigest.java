package org.gridgov.workflow.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.visit.Rating;

/**
 * What the indicators need of one matter, read once from its history: the instants of report,
 * registration and closure, the facts of its handling and the worker responsible. Immutable.
 */
final class MatterDigest {
    /** The metric whose breach makes a closure late. */
    static final String RESOLUTION = "RESOLUTION";

    final String id;
    final AreaCode grid;
    final String category;
    final Instant reportedAt;
    /** The first registration, or null. */
    final Instant registeredAt;
    /**
     * The last closure ({@code CLOSE}, or the {@code FIX_ON_THE_SPOT} of a matter fixed on the spot)
     * if the matter ends closed, else null.
     */
    final Instant closedAt;

    final boolean onTime;
    final boolean inGrid;
    final boolean escalated;
    final boolean reworked;
    final boolean extended;
    final List<Instant> yellowCards;
    final List<Instant> redCards;
    final List<Instant> ratedAt;
    final List<Rating> ratings;
    /** The lead at closure (else the last lead, else the receiver). */
    final String responsible;
    /** Working time from report to closure, null when not closed. */
    final Duration workingTimeToClose;

    private MatterDigest(HistoryRecord r, WorkingCalendar calendar) {
        List<HistoryEntry> h = r.history();
        id = r.id();
        grid = r.grid();
        category = r.category();
        reportedAt = h.get(0).at();
        String lead = h.get(0).actor();
        Instant registered = null;
        Instant lastClose = null;
        Instant firstLateBreach = null;
        boolean leftGrid = false;
        boolean esc = false;
        boolean rework = false;
        boolean ext = false;
        List<Instant> yellow = List.of();
        List<Instant> red = List.of();
        List<Instant> rated = List.of();
        List<Rating> rates = List.of();
        String leadAtClose = null;
        for (HistoryEntry e : h) {
            if (e.lead() != null) {
                lead = e.lead();
            }
            if (e.level() != null && e.level() != HandlingLevel.GRID) {
                leftGrid = true;
            }
            switch (e.action()) {
                case REGISTER:
                    if (registered == null) {
                        registered = e.at();
                    }
                    break;
                case CLOSE:
                case FIX_ON_THE_SPOT: // 即知即改: reported to closed in one step, a closure like CLOSE
                    lastClose = e.at();
                    leadAtClose = lead;
                    break;
                case BREACH:
                    if (firstLateBreach == null && RESOLUTION.equals(e.stepMetric())) {
                        firstLateBreach = e.at();
                    }
                    break;
                case ESCALATE:
                    esc = true;
                    leftGrid = true;
                    break;
                case REWORK:
                    rework = true;
                    break;
                case GRANT_EXTENSION:
                    ext = true;
                    break;
                case YELLOW_CARD:
                    yellow = added(yellow, e.at());
                    break;
                case RED_CARD:
                    red = added(red, e.at());
                    break;
                case RETURN_VISIT:
                    rated = added(rated, e.at());
                    rates = added(rates, Rating.valueOf(e.stepId()));
                    break;
                default:
                    break;
            }
        }
        boolean endsClosed = h.get(h.size() - 1).to() == State.CLOSED;
        registeredAt = registered;
        closedAt = endsClosed ? lastClose : null;
        onTime = closedAt != null && (firstLateBreach == null || firstLateBreach.isAfter(closedAt));
        inGrid = !leftGrid;
        escalated = esc;
        reworked = rework;
        extended = ext;
        yellowCards = yellow;
        redCards = red;
        ratedAt = rated;
        ratings = rates;
        responsible = endsClosed && leadAtClose != null ? leadAtClose : lead;
        workingTimeToClose = closedAt == null
                ? null
                : calendar.workingTimeBetween(reportedAt, closedAt).duration();
    }

    /** {@code list} with {@code value} added: a new list for the first value (most matters have none). */
    private static <T> List<T> added(List<T> list, T value) {
        List<T> out = list.isEmpty() ? new ArrayList<>(2) : list;
        out.add(value);
        return out;
    }

    static MatterDigest of(HistoryRecord r, WorkingCalendar calendar) {
        return new MatterDigest(r, calendar);
    }
}
