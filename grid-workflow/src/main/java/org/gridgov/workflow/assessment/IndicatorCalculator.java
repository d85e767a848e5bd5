package org.gridgov.workflow.assessment;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.visit.VisitOutcome;

/**
 * Computes {@link Indicators} for every area and every grid worker over a period, from matter
 * histories and visit outcomes, in one pass: each matter is read once and counted in its grid and
 * in every area above it up to the district, so a district's figures are those computed over all
 * its matters (percentiles included). Working time runs on the given calendar. Stateless and
 * thread-safe.
 *
 * <pre>{@code
 * IndicatorReport report = IndicatorCalculator.of(WorkingCalendar.china())
 *         .compute(HistoryFile.read(path), List.of(), new Period(from, to, zone));
 * report.at(AreaLevel.GRID);   // one Indicators per grid, by code
 * }</pre>
 */
public final class IndicatorCalculator {
    private final WorkingCalendar calendar;

    private IndicatorCalculator(WorkingCalendar calendar) {
        this.calendar = requireNonNull(calendar, "calendar");
    }

    /** A calculator whose working times run on {@code calendar}. */
    public static IndicatorCalculator of(WorkingCalendar calendar) {
        return new IndicatorCalculator(calendar);
    }

    /** The calendar working times run on. */
    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The indicators of every area that has matters or visits, and of every responsible worker. */
    public IndicatorReport compute(List<HistoryRecord> histories, List<VisitOutcome> visits, Period period) {
        requireNonNull(histories, "histories");
        requireNonNull(visits, "visits");
        requireNonNull(period, "period");
        Map<AreaCode, Tally> areas = new HashMap<>();
        Map<AreaCode, Tally[]> chains = new HashMap<>(); // a grid's tallies up to the district, found once
        Map<String, Tally> workers = new HashMap<>();
        for (HistoryRecord r : histories) {
            MatterDigest d = MatterDigest.of(r, calendar);
            for (Tally t : chain(d.grid, chains, areas, period)) {
                t.add(d);
            }
            workers.computeIfAbsent(d.responsible, k -> new Tally(period)).add(d);
        }
        for (VisitOutcome v : visits) {
            for (Tally t : chain(v.grid(), chains, areas, period)) {
                t.add(v);
            }
            workers.computeIfAbsent(v.visitor(), k -> new Tally(period)).add(v);
        }
        Map<AreaCode, Indicators> byArea = new TreeMap<>();
        areas.forEach((a, t) -> byArea.put(a, t.indicators(a.toString(), levelName(a.level()))));
        Map<String, Indicators> byWorker = new TreeMap<>();
        workers.forEach((w, t) -> byWorker.put(w, t.indicators(w, "worker")));
        return new IndicatorReport(period, byArea, byWorker);
    }

    /** The tallies of {@code grid} and every area above it up to the district, made on first use. */
    private static Tally[] chain(
            AreaCode grid, Map<AreaCode, Tally[]> chains, Map<AreaCode, Tally> areas, Period period) {
        Tally[] chain = chains.get(grid);
        if (chain == null) {
            List<Tally> up = new ArrayList<>(5);
            for (AreaCode a = grid; a != null && a.level() != AreaLevel.CITY; a = a.parent()) {
                up.add(areas.computeIfAbsent(a, k -> new Tally(period)));
            }
            chain = up.toArray(new Tally[0]);
            chains.put(grid, chain);
        }
        return chain;
    }

    /**
     * The indicators of one area, computed directly: every matter and visit of the area is read and
     * counted, nothing is shared with other areas. What {@link #compute} must agree with.
     */
    public Indicators computeFor(
            AreaCode area, List<HistoryRecord> histories, List<VisitOutcome> visits, Period period) {
        Tally t = new Tally(period);
        for (HistoryRecord r : histories) {
            if (area.contains(r.grid())) {
                t.add(MatterDigest.of(r, calendar));
            }
        }
        for (VisitOutcome v : visits) {
            if (area.contains(v.grid())) {
                t.add(v);
            }
        }
        return t.indicators(area.toString(), levelName(area.level()));
    }

    /** The lower-case name of a level in the output: {@code grid}, {@code community}, ... */
    public static String levelName(AreaLevel level) {
        return level == AreaLevel.MICRO_GRID ? "micro-grid" : level.name().toLowerCase(java.util.Locale.ROOT);
    }
}
