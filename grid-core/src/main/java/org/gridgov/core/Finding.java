package org.gridgov.core;

/**
 * Something a check found: a normal result, not an error. Checks return findings as data and
 * never throw for what they are there to find (an oversized grid, a grid without a worker).
 *
 * <p>Implementations are immutable records carrying the measured facts; these three accessors
 * are what every finding has in common, for reports and the command-line tool. No finding's
 * message contains personal data.
 */
public interface Finding {
    /** The rule that found it, a stable dotted id such as {@code sizing.households}. */
    String rule();

    /** What it is about: an area code, or an opaque person id. */
    String subject();

    /** One line for people, naming the rule, the limit and the measured value. */
    String message();
}
