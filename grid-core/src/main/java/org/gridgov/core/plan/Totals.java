package org.gridgov.core.plan;

/**
 * What an area adds up to over its active grids.
 *
 * @param grids active grids at or below the area (micro-grids are not counted as grids)
 * @param households households of those grids, by the grids' own figures
 * @param population population of those grids, by the grids' own figures
 * @param places places assigned to those grids and their micro-grids
 * @param placeHouseholds households living in those places
 */
public record Totals(int grids, long households, long population, int places, long placeHouseholds) {
    static final Totals ZERO = new Totals(0, 0, 0, 0, 0);

    Totals plus(Totals o) {
        return new Totals(
                grids + o.grids,
                households + o.households,
                population + o.population,
                places + o.places,
                placeHouseholds + o.placeHouseholds);
    }
}
