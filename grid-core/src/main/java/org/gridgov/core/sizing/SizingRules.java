package org.gridgov.core.sizing;

import static java.util.Objects.requireNonNull;

import org.gridgov.core.area.AreaKind;

/**
 * The bands a grid's size should fall in, per measure and per urban or rural grid.
 *
 * <p>{@link #defaults()}: urban grids 200-300 households and 800-1000 people (Jingkou, seed
 * 000: "以200—300户、800—1000人左右设置一个网格"). Rural grids follow existing villages and have
 * no figure in the seeds; the default rural band, 100-400 households and 300-1600 people, takes
 * its upper bound from Nantong's grid head managing about 400 households (seed 003) and is ours
 * otherwise: configure it. Immutable.
 *
 * @param urbanHouseholds households band for urban grids
 * @param urbanPopulation population band for urban grids
 * @param ruralHouseholds households band for rural grids
 * @param ruralPopulation population band for rural grids
 */
public record SizingRules(
        SizingBand urbanHouseholds,
        SizingBand urbanPopulation,
        SizingBand ruralHouseholds,
        SizingBand ruralPopulation) {

    public SizingRules {
        requireNonNull(urbanHouseholds, "urbanHouseholds");
        requireNonNull(urbanPopulation, "urbanPopulation");
        requireNonNull(ruralHouseholds, "ruralHouseholds");
        requireNonNull(ruralPopulation, "ruralPopulation");
    }

    /** The seeds' bands (see the type's documentation). */
    public static SizingRules defaults() {
        return new SizingRules(
                new SizingBand(200, 300),
                new SizingBand(800, 1000),
                new SizingBand(100, 400),
                new SizingBand(300, 1600));
    }

    /** The band for one measure of one kind of grid. */
    public SizingBand band(AreaKind kind, Measure measure) {
        boolean urban = kind == AreaKind.URBAN;
        if (measure == Measure.HOUSEHOLDS) {
            return urban ? urbanHouseholds : ruralHouseholds;
        }
        return urban ? urbanPopulation : ruralPopulation;
    }

    /** These rules with one band replaced. */
    public SizingRules withBand(AreaKind kind, Measure measure, SizingBand band) {
        requireNonNull(band, "band");
        boolean urban = kind == AreaKind.URBAN;
        boolean households = measure == Measure.HOUSEHOLDS;
        return new SizingRules(
                urban && households ? band : urbanHouseholds,
                urban && !households ? band : urbanPopulation,
                !urban && households ? band : ruralHouseholds,
                !urban && !households ? band : ruralPopulation);
    }
}
