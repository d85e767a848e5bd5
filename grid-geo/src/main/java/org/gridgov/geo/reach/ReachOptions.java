package org.gridgov.geo.reach;

import org.gridgov.core.InvalidInputException;

/**
 * How far a walk may go: {@code minutes} at {@code speedKmh}, and the detour factor that turns a
 * straight line into a walk when there are no roads. Defaults: 15 minutes at 4.5 km/h (1,125 m),
 * detour 1.3. Immutable.
 *
 * @param minutes the walk's time limit, more than 0
 * @param speedKmh walking speed in km/h, more than 0
 * @param detour the factor from straight line to walk without roads, at least 1
 */
public record ReachOptions(double minutes, double speedKmh, double detour) {

    /** Checks every value; a bad one is an {@link InvalidInputException} naming it. */
    public ReachOptions {
        if (!(minutes > 0) || Double.isInfinite(minutes)) {
            throw new InvalidInputException("minutes", "a walk's time limit is more than 0 minutes", minutes);
        }
        if (!(speedKmh > 0) || Double.isInfinite(speedKmh)) {
            throw new InvalidInputException("speedKmh", "a walking speed is more than 0 km/h", speedKmh);
        }
        if (!(detour >= 1) || Double.isInfinite(detour)) {
            throw new InvalidInputException("detour", "a detour factor is at least 1", detour);
        }
    }

    /** 15 minutes at 4.5 km/h, detour 1.3. */
    public static ReachOptions defaults() {
        return new ReachOptions(15, 4.5, 1.3);
    }

    /** These options with another time limit. */
    public ReachOptions withMinutes(double value) {
        return new ReachOptions(value, speedKmh, detour);
    }

    /** These options with another walking speed. */
    public ReachOptions withSpeedKmh(double value) {
        return new ReachOptions(minutes, value, detour);
    }

    /** These options with another detour factor. */
    public ReachOptions withDetour(double value) {
        return new ReachOptions(minutes, speedKmh, value);
    }

    /** The metres a walk may cover: minutes x speed. */
    public double budgetMetres() {
        return minutes * metresPerMinute();
    }

    /** Walking metres per minute. */
    public double metresPerMinute() {
        return speedKmh * 1000 / 60;
    }
}
