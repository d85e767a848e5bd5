package org.gridgov.workflow.matter;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.internal.ValueStyle;
import org.gridgov.workflow.responsibility.Responsibility;
import org.gridgov.workflow.routing.Routing;
import org.immutables.value.Value;

/**
 * A matter at one version: what was reported, where it stands in its lifecycle, where it is
 * handled and who answers for it.
 *
 * <p>A snapshot: the engine hands out a new one after every transition, and replaying a
 * {@link MatterHistory} rebuilds an equal one. {@link #version()} is the number of transitions
 * so far; pass it back with a command for optimistic concurrency. Immutable and thread-safe;
 * {@link #toString()} masks the reporter.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableMatter.class)
@JsonDeserialize(as = ImmutableMatter.class)
public abstract class Matter {

    Matter() {}

    /** The id the engine gave it. */
    public abstract MatterId id();

    /** The number of transitions so far (1 after intake). */
    public abstract long version();

    /** What was reported. */
    public abstract MatterReport report();

    /** The grid (or area) the matter lies in, resolved at intake. */
    public abstract AreaCode area();

    /** Its category from the engine's taxonomy. */
    public abstract Category category();

    /** Its lifecycle state. */
    public abstract State state();

    /** The state a suspended matter resumes to; empty unless {@link State#SUSPENDED}. */
    public abstract Optional<State> resumeTo();

    /** Whether an extension was requested and not yet granted or refused. */
    @Value.Default
    public boolean extensionPending() {
        return false;
    }

    /** How many extensions were granted. */
    @Value.Default
    public int extensionsGranted() {
        return 0;
    }

    /** Where it is handled; empty until registered. */
    public abstract Optional<Routing> routing();

    /** Who answers for it now and why. */
    public abstract Responsibility responsibility();

    /** The supervision cards (督办) its SLA ladders gave it, oldest first. */
    public abstract List<Supervision> supervisions();

    /** When it was reported, from the engine's clock. */
    public abstract Instant reportedAt();

    /** When its last transition happened. */
    public abstract Instant updatedAt();

    /**
     * This matter without its personal parts, as queries hand it out by default: the reporter
     * anonymous and without register id, no description, no attachments, and the location
     * coarsened to the matter's area (a coordinate can place a person).
     */
    public Matter masked() {
        return ((ImmutableMatter) ImmutableMatter.copyOf(this)).withReport(Masking.report(report(), area()));
    }
}
