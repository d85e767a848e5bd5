package org.gridgov.core.sizing;

/** What the sizing rules measure of a grid. */
public enum Measure {
    /** Households (户). */
    HOUSEHOLDS,
    /** Resident population (人). */
    POPULATION
}
