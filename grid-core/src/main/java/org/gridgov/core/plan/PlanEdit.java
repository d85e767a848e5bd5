package org.gridgov.core.plan;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.gridgov.core.InvalidInputException;

/**
 * One dynamic adjustment (动态调整) of a plan: add, split, merge, retire or re-code grids, move
 * places, revise an area's figures, or record that areas' boundaries were redrawn.
 *
 * <p>An edit is validated as a whole against the plan it is applied to: {@link #applyTo} returns
 * the next revision or throws, and the plan it was given is untouched either way. Errors name
 * the edit's field ({@code edit.parts[1].code}), the rule and the value. Edits are immutable
 * values and read and write as JSON with a {@code "type"} field.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = AddGrid.class, name = "add-grid"),
    @JsonSubTypes.Type(value = SplitGrid.class, name = "split-grid"),
    @JsonSubTypes.Type(value = MergeGrids.class, name = "merge-grids"),
    @JsonSubTypes.Type(value = MovePlaces.class, name = "move-places"),
    @JsonSubTypes.Type(value = RecodeGrid.class, name = "recode-grid"),
    @JsonSubTypes.Type(value = RetireGrid.class, name = "retire-grid"),
    @JsonSubTypes.Type(value = ReviseArea.class, name = "revise-area"),
    @JsonSubTypes.Type(value = ReviseBoundaries.class, name = "revise-boundaries")
})
public sealed interface PlanEdit
        permits AddGrid, SplitGrid, MergeGrids, MovePlaces, RecodeGrid, RetireGrid, ReviseArea, ReviseBoundaries {

    /**
     * The plan after this edit, with the next revision number.
     *
     * @throws InvalidInputException if the edit does not fit the plan or its result would break
     *     a plan invariant
     */
    default GridPlan applyTo(GridPlan plan) {
        return new Draft(plan).apply(this);
    }

    /** One line describing the edit, for change logs. */
    String describe();
}
