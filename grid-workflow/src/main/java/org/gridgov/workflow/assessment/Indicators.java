package org.gridgov.workflow.assessment;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The assessment indicators of one area (grid, community, street, district) or one grid worker
 * over a {@link Period}, computed from matter histories and visit outcomes. Every figure counts
 * the matters of the area's grids (a matter's grid now, after any re-homing) or, for a worker,
 * the matters they were responsible for (the lead at closure, else the last lead, else the
 * receiver):
 *
 * <ul>
 *   <li>{@code reported}: matters whose report falls in the period (上报数);
 *   <li>{@code registered}: matters whose first registration falls in the period (立案数);
 *   <li>{@code closed}: matters that end closed and whose last closure falls in the period
 *       (结案数); a closure is a {@code CLOSE} or the {@code FIX_ON_THE_SPOT} of a matter a grid
 *       worker fixed on the spot (即知即改, on time and in the grid by construction); a matter
 *       reopened and not closed again is not closed. The rates below are over these closed
 *       matters, {@code null} when there are none:
 *   <li>{@code onTimeRate} (按期结案率): closed before any breach of the {@code RESOLUTION} clock
 *       (a {@code BREACH} system entry with step {@code RESOLUTION/...}), so extensions, pauses and
 *       the working calendar count as the SLA policy counted them;
 *   <li>{@code inGridRate} (网格内解决率): never routed above grid level and never escalated;
 *   <li>{@code escalationRate} (上报升级率): escalated at least once;
 *   <li>{@code reworkRate} (返工率): sent back to work at least once;
 *   <li>{@code extensionRate} (延期率): granted an extension at least once;
 *   <li>{@code yellowCards}, {@code redCards}: supervision cards (督办) given in the period;
 *   <li>{@code returnVisits}: return visits (回访) recorded in the period, and
 *       {@code satisfactionRate} (满意率): the share rated satisfied or basically satisfied,
 *       {@code null} without return visits;
 *   <li>{@code visitsDue}: due visits whose period ends in the assessment period, and
 *       {@code visitComplianceRate} (走访完成率): the share done, {@code null} when none were due;
 *   <li>{@code closeTimes}: per category, the working time from report to closure of the closed
 *       matters ({@link CloseTime}: mean and 90th percentile).
 * </ul>
 *
 * <p>All rates lie in [0, 1] or are {@code null}. Immutable.
 *
 * @param area the area code, or the worker's id
 * @param level {@code grid}, {@code community}, {@code street}, {@code district} or {@code worker}
 * @param reported matters reported
 * @param registered matters registered
 * @param closed matters closed
 * @param onTimeRate closed on time / closed
 * @param inGridRate closed in the grid / closed
 * @param escalationRate closed after an escalation / closed
 * @param reworkRate closed after rework / closed
 * @param extensionRate closed after an extension / closed
 * @param yellowCards yellow cards given
 * @param redCards red cards given
 * @param returnVisits return visits recorded
 * @param satisfactionRate satisfied or basically satisfied / return visits
 * @param visitsDue visits due
 * @param visitComplianceRate visits done / visits due
 * @param closeTimes working time to close, per category code
 */
public record Indicators(
        String area,
        String level,
        long reported,
        long registered,
        long closed,
        Double onTimeRate,
        Double inGridRate,
        Double escalationRate,
        Double reworkRate,
        Double extensionRate,
        long yellowCards,
        long redCards,
        long returnVisits,
        Double satisfactionRate,
        long visitsDue,
        Double visitComplianceRate,
        Map<String, CloseTime> closeTimes) {

    /** Checks the parts and copies the map. */
    public Indicators {
        requireNonNull(area, "area");
        requireNonNull(level, "level");
        closeTimes = Collections.unmodifiableMap(new TreeMap<>(closeTimes)); // sorted: its JSON is stable
    }

    /**
     * The rate of the given name ({@code onTimeRate}, {@code inGridRate}, {@code escalationRate},
     * {@code reworkRate}, {@code extensionRate}, {@code satisfactionRate},
     * {@code visitComplianceRate}), or {@code null} where undefined.
     *
     * @throws IllegalArgumentException for another name
     */
    public Double rate(String name) {
        switch (name) {
            case "onTimeRate":
                return onTimeRate;
            case "inGridRate":
                return inGridRate;
            case "escalationRate":
                return escalationRate;
            case "reworkRate":
                return reworkRate;
            case "extensionRate":
                return extensionRate;
            case "satisfactionRate":
                return satisfactionRate;
            case "visitComplianceRate":
                return visitComplianceRate;
            default:
                throw new IllegalArgumentException("no rate named " + name);
        }
    }
}
