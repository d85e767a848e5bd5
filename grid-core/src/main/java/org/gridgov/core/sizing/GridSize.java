package org.gridgov.core.sizing;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.area.AreaCode;

/**
 * A grid's size both ways: as the grid declares it (its {@code households} and {@code population}
 * in the plan) and as its places count it (the households and residents of the places in the grid
 * and in its micro-grids of any depth). Counted figures follow the places, so they stay right when
 * a plan edit moves, splits or merges; declared figures change only when the grid is revised.
 *
 * @param grid the grid
 * @param places places in the grid and its micro-grids
 * @param declaredHouseholds the grid's own households; 0 when not declared
 * @param countedHouseholds households of its places
 * @param declaredPopulation the grid's own population; 0 when not declared
 * @param countedPopulation residents of its places that record them
 * @param placesWithResidents how many of its places record residents; the counted population
 *     means nothing when 0
 */
public record GridSize(
        AreaCode grid,
        int places,
        long declaredHouseholds,
        long countedHouseholds,
        long declaredPopulation,
        long countedPopulation,
        int placesWithResidents) {

    public GridSize {
        requireNonNull(grid, "grid");
    }

    /** The declared figure of {@code measure}. */
    public long declared(Measure measure) {
        return measure == Measure.HOUSEHOLDS ? declaredHouseholds : declaredPopulation;
    }

    /** The counted figure of {@code measure}. */
    public long counted(Measure measure) {
        return measure == Measure.HOUSEHOLDS ? countedHouseholds : countedPopulation;
    }

    /**
     * Whether both figures of {@code measure} are known, so they can be compared: the grid declares
     * it (not 0), and it has places (for households) or places recording residents (for population).
     */
    public boolean comparable(Measure measure) {
        return declared(measure) > 0 && (measure == Measure.HOUSEHOLDS ? places > 0 : placesWithResidents > 0);
    }
}
