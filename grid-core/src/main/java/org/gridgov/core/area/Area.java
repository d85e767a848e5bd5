package org.gridgov.core.area;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * One area of the hierarchy: a city, district, street, community, grid or micro-grid.
 *
 * <p>Its {@link #level()} and its parent follow from its {@link #code()}. Households and
 * population are the area's own figures: for a grid, the people it serves; for higher levels
 * they are optional official figures, and {@code GridPlan.totals} rolls grids up instead.
 * Immutable and thread-safe. Does not check that the parent exists: {@code GridPlan} does.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutableArea.class)
@JsonDeserialize(as = ImmutableArea.class)
@JsonPropertyOrder({"code", "name", "parent", "kind", "status", "households", "population"})
public abstract class Area {

    Area() {}

    /** The area's code; also fixes its level and parent. */
    public abstract AreaCode code();

    /** The area's name, e.g. {@code 贺家弄社区居委会}. */
    public abstract String name();

    /**
     * The parent link as recorded in the data. When empty, a plan takes the parent from the code
     * ({@link AreaCode#parent()}); when present, a plan requires it to agree with the code.
     */
    public abstract Optional<AreaCode> parent();

    /** Urban or rural; defaults to urban. */
    @Value.Default
    public AreaKind kind() {
        return AreaKind.URBAN;
    }

    /** Active or retired; defaults to active. */
    @Value.Default
    public AreaStatus status() {
        return AreaStatus.ACTIVE;
    }

    /** Households (户) in the area by its own count; 0 when not recorded. */
    @Value.Default
    public int households() {
        return 0;
    }

    /** Resident population by the area's own count; 0 when not recorded. */
    @Value.Default
    public int population() {
        return 0;
    }

    /** The level, from the code. */
    @JsonIgnore
    public AreaLevel level() {
        return code().level();
    }

    /** Whether the area is in use. */
    @JsonIgnore
    public boolean isActive() {
        return status() == AreaStatus.ACTIVE;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** A new area with the given code and name, urban, active, no figures. */
    public static Area of(AreaCode code, String name) {
        return builder().code(code).name(name).build();
    }

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new InvalidInputException("name", "an area's name is not blank", name());
        }
        if (households() < 0) {
            throw new InvalidInputException("households", "households are 0 or more", households());
        }
        if (population() < 0) {
            throw new InvalidInputException("population", "population is 0 or more", population());
        }
    }

    /** Builds an {@link Area}. */
    public static final class Builder extends ImmutableArea.Builder {
        Builder() {}
    }
}
