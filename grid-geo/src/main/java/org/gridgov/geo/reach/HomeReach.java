package org.gridgov.geo.reach;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One home's answer: its nearest station by walk, the walk in metres and minutes, and whether that
 * is within the limit. A home no station can reach (roads that never meet) has no station and
 * infinite metres and minutes. Immutable.
 */
public record HomeReach(Site home, Optional<String> station, double metres, double minutes, boolean within) {

    public HomeReach {
        requireNonNull(home, "home");
        requireNonNull(station, "station");
    }
}
