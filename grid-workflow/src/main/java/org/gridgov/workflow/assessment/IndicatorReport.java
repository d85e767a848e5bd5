package org.gridgov.workflow.assessment;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;

/**
 * The indicators of every area and every grid worker over one period, from
 * {@link IndicatorCalculator#compute}. Areas are ordered by code. Immutable.
 *
 * @param period the period
 * @param areas indicators per area code, all levels
 * @param workers indicators per worker id
 */
public record IndicatorReport(Period period, Map<AreaCode, Indicators> areas, Map<String, Indicators> workers) {

    /** Checks the parts; the maps keep their order. */
    public IndicatorReport {
        requireNonNull(period, "period");
        areas = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(areas));
        workers = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(workers));
    }

    /** The indicators of the areas of one level, by code. */
    public List<Indicators> at(AreaLevel level) {
        return areas.entrySet().stream()
                .filter(e -> e.getKey().level() == level)
                .map(Map.Entry::getValue)
                .toList();
    }

    /** The indicators of one area: zeros and null rates when it has neither matters nor visits. */
    public Indicators figures(AreaCode area) {
        Indicators i = areas.get(area);
        return i != null
                ? i
                : new Tally(period).indicators(area.toString(), IndicatorCalculator.levelName(area.level()));
    }

    /** The indicators of one area, if it has matters or visits. */
    public Optional<Indicators> of(AreaCode area) {
        return Optional.ofNullable(areas.get(area));
    }
}
