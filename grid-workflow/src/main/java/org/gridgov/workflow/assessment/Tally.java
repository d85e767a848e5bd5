package org.gridgov.workflow.assessment;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridgov.workflow.visit.Rating;
import org.gridgov.workflow.visit.VisitOutcome;

/** The counts behind one area's or worker's indicators, filled matter by matter. Not thread-safe. */
final class Tally {
    private final Instant start;
    private final Instant end;
    private final Period period;
    long reported;
    long registered;
    long closed;
    long onTime;
    long inGrid;
    long escalated;
    long reworked;
    long extended;
    long yellowCards;
    long redCards;
    long returnVisits;
    long satisfied;
    long visitsDue;
    long visitsDone;
    /** Working seconds to close, per category: one hash lookup per closed matter. */
    private final Map<String, Seconds> seconds = new HashMap<>();

    /** A growable array of working seconds. */
    private static final class Seconds {
        long[] values = new long[8];
        int n;

        void add(long s) {
            if (n == values.length) {
                values = Arrays.copyOf(values, n * 2);
            }
            values[n++] = s;
        }
    }

    Tally(Period period) {
        this.period = period;
        this.start = period.start();
        this.end = period.end();
    }

    private boolean in(Instant at) {
        return at != null && !at.isBefore(start) && at.isBefore(end);
    }

    void add(MatterDigest d) {
        if (in(d.reportedAt)) {
            reported++;
        }
        if (in(d.registeredAt)) {
            registered++;
        }
        if (in(d.closedAt)) {
            closed++;
            onTime += d.onTime ? 1 : 0;
            inGrid += d.inGrid ? 1 : 0;
            escalated += d.escalated ? 1 : 0;
            reworked += d.reworked ? 1 : 0;
            extended += d.extended ? 1 : 0;
            seconds.computeIfAbsent(d.category, k -> new Seconds()).add(d.workingTimeToClose.getSeconds());
        }
        yellowCards += count(d.yellowCards);
        redCards += count(d.redCards);
        for (int i = 0; i < d.ratedAt.size(); i++) {
            if (in(d.ratedAt.get(i))) {
                returnVisits++;
                Rating r = d.ratings.get(i);
                satisfied += r.satisfied() ? 1 : 0;
            }
        }
    }

    void add(VisitOutcome v) {
        if (period.contains(v.periodEnd())) {
            visitsDue++;
            visitsDone += v.done() ? 1 : 0;
        }
    }

    private long count(List<Instant> at) {
        long n = 0;
        for (int i = 0; i < at.size(); i++) {
            n += in(at.get(i)) ? 1 : 0;
        }
        return n;
    }

    Indicators indicators(String area, String level) {
        Map<String, CloseTime> times = new TreeMap<>();
        for (Map.Entry<String, Seconds> e : seconds.entrySet()) {
            times.put(e.getKey(), CloseTime.of(e.getValue().values, e.getValue().n));
        }
        return new Indicators(
                area,
                level,
                reported,
                registered,
                closed,
                rate(onTime, closed),
                rate(inGrid, closed),
                rate(escalated, closed),
                rate(reworked, closed),
                rate(extended, closed),
                yellowCards,
                redCards,
                returnVisits,
                rate(satisfied, returnVisits),
                visitsDue,
                rate(visitsDone, visitsDue),
                times);
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
