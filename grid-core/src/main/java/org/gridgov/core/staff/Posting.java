package org.gridgov.core.staff;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A person posted to a grid in a role with duties: "fixed post, grid, person, responsibility"
 * (定岗、定格、定人、定责, seed 001). Duties are codes of a {@code DutyCatalogue}. Immutable and
 * thread-safe; does not check that the person, grid or duties exist ({@link Roster} and the
 * staffing rules do).
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePosting.class)
@JsonDeserialize(as = ImmutablePosting.class)
@JsonPropertyOrder({"person", "grid", "role", "duties"})
public abstract class Posting {

    Posting() {}

    /** The person's id. */
    public abstract String person();

    /** The grid or micro-grid. */
    public abstract AreaCode grid();

    /** The role held there. */
    public abstract Role role();

    /** Codes of the duties carried out there. */
    public abstract List<String> duties();

    /** A posting with no duties listed. */
    public static Posting of(String person, AreaCode grid, Role role) {
        return builder().person(person).grid(grid).role(role).build();
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Posting}. */
    public static final class Builder extends ImmutablePosting.Builder {
        Builder() {}
    }
}
