package org.gridgov.workflow.sla;

import java.util.Set;
import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.Sorted;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.routing.Whistle;

/**
 * The condition of an SLA rule: each non-empty set must contain the matter's fact; an empty set
 * accepts anything. A non-empty {@code whistles} set does not match a matter that is not yet
 * routed; a non-empty {@code channels} set does not match a matter whose channel is unknown.
 * Channels are open data: any channel name a host uses (seed 000's 3-5-7 is for online posts,
 * {@code WECHAT_GROUP}; 12345 hotline items, {@code HOTLINE_12345}, have their own limits). Immutable.
 *
 * @param categories category codes
 * @param whistles whistles (tiers)
 * @param severities severities
 * @param modes modes
 * @param channels source channel names
 */
public record Match(
        Set<String> categories,
        Set<Whistle> whistles,
        Set<Severity> severities,
        Set<Mode> modes,
        Set<String> channels) {

    private static final Pattern CHANNEL = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    /** Matches every matter. */
    public static final Match ANY = new Match(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    /** Normalises absent sets to empty ones. */
    public Match {
        categories = categories == null ? Set.of() : Sorted.set(categories);
        whistles = whistles == null ? Set.of() : EnumSets.copyOf(whistles);
        severities = severities == null ? Set.of() : EnumSets.copyOf(severities);
        modes = modes == null ? Set.of() : EnumSets.copyOf(modes);
        channels = channels == null ? Set.of() : Sorted.set(channels);
        for (String c : channels) {
            if (!CHANNEL.matcher(c).matches()) {
                throw new InvalidInputException(
                        "when.channels", "a channel name is 2-64 of A-Z, 0-9 and _, starting with a letter", c);
            }
        }
    }

    /** A condition on everything but the channel. */
    public Match(Set<String> categories, Set<Whistle> whistles, Set<Severity> severities, Set<Mode> modes) {
        this(categories, whistles, severities, modes, Set.of());
    }

    /** Whether a matter with these facts matches. */
    public boolean matches(MatterFacts facts) {
        return (categories.isEmpty() || categories.contains(facts.category()))
                && (whistles.isEmpty() || (facts.whistle() != null && whistles.contains(facts.whistle())))
                && (severities.isEmpty() || severities.contains(facts.severity()))
                && (modes.isEmpty() || modes.contains(facts.mode()))
                && (channels.isEmpty() || (facts.channel() != null && channels.contains(facts.channel())));
    }
}
