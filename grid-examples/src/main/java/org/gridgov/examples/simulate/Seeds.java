package org.gridgov.examples.simulate;

import java.util.SplittableRandom;

/**
 * Random streams of a simulation, each a pure function of the run's seed and what it is for, so
 * that every decision can be drawn again after a restart and comes out the same.
 */
final class Seeds {
    private Seeds() {}

    /** The stream for {@code purpose} number {@code n} of the run with {@code seed}. */
    static SplittableRandom random(long seed, String purpose, long n) {
        long h = seed * 0x9E3779B97F4A7C15L;
        h ^= purpose.hashCode() * 0xC2B2AE3D27D4EB4FL;
        h ^= n * 0x165667B19E3779F9L;
        return new SplittableRandom(h);
    }

    /** The stream for {@code purpose} of matter {@code matter} at its {@code step}-th decision. */
    static SplittableRandom random(long seed, String purpose, String matter, long step) {
        return random(seed, purpose + "/" + matter, step);
    }
}
