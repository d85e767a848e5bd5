package org.gridgov.core.place;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.internal.OpaqueIds;
import org.gridgov.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A place that belongs to exactly one grid: a building, courtyard, school, hospital,
 * enterprise or institution.
 *
 * <p>Ids are opaque, 1-64 of letters, digits, {@code -_.:}. Immutable and thread-safe. Does not
 * check that its grid exists or is active: {@code GridPlan} does.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePlace.class)
@JsonDeserialize(as = ImmutablePlace.class)
@JsonPropertyOrder({"id", "kind", "name", "grid", "households", "residents", "location"})
public abstract class Place {

    Place() {}

    /** The place's id, unique in a plan. */
    public abstract String id();

    /** What kind of place it is. */
    public abstract PlaceKind kind();

    /** The place's name, e.g. a building's address or a school's name. */
    public abstract String name();

    /** The grid (or micro-grid) the plan assigns it to. */
    public abstract AreaCode grid();

    /** Households living in it; 0 for a school, hospital, enterprise or institution. */
    @Value.Default
    public int households() {
        return 0;
    }

    /**
     * People living in it, when counted: what {@code SizingCheck} sums into a grid's counted
     * population. Empty when the place does not record it (not the same as 0).
     */
    public abstract Optional<Integer> residents();

    /** Where it is, if known. */
    public abstract Optional<Position> location();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        if (!OpaqueIds.isOpaque(id())) {
            throw new InvalidInputException("id", "a place id is " + OpaqueIds.SHAPE, id());
        }
        if (households() < 0) {
            throw new InvalidInputException("households", "households are 0 or more", households());
        }
        if (residents().isPresent() && residents().get() < 0) {
            throw new InvalidInputException(
                    "residents", "residents are 0 or more", residents().get());
        }
        if (!grid().level().isGrid()) {
            throw new InvalidInputException(
                    "grid",
                    "a place belongs to a grid or micro-grid (15 digits, or 18, 21 or 24 for a micro-grid)",
                    grid().toString());
        }
    }

    /** Builds a {@link Place}. */
    public static final class Builder extends ImmutablePlace.Builder {
        Builder() {}
    }
}
