package org.gridgov.examples.simulate;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * When things arrive in a simulated step: a Poisson process within daily hours, drawn from a stream
 * that depends only on the seed, its purpose and the step, so a resumed run counts the same
 * arrivals in the steps it skips.
 */
final class Arrivals {
    private Arrivals() {}

    /** Pushes and fixes: during the day, 08:00 to 18:00. */
    static List<Instant> of(long seed, String purpose, int step, Instant from, double perDay, SampleDistrict d) {
        return poisson(seed, purpose, step, from, perDay, 8, 18, d.calendar().zone());
    }

    /**
     * The instants, in order, of arrivals in the step starting {@code from} at {@code perDay} a day
     * spread over the hours {@code fromHour} to {@code toHour} (local time).
     */
    static List<Instant> poisson(
            long seed, String purpose, int step, Instant from, double perDay, int fromHour, int toHour, ZoneId zone) {
        int hour = ZonedDateTime.ofInstant(from, zone).getHour();
        if (hour < fromHour || hour >= toHour) {
            return List.of();
        }
        SplittableRandom r = Seeds.random(seed, purpose, step);
        double lambda = perDay / ((toHour - fromHour) * 4);
        List<Instant> out = new ArrayList<>();
        double limit = Math.exp(-lambda);
        double p = r.nextDouble();
        while (p > limit) {
            out.add(from.plusSeconds(r.nextLong(DistrictSimulation.STEP.toSeconds())));
            p *= r.nextDouble();
        }
        out.sort(null);
        return out;
    }
}
