package org.gridgov.workflow.office;

import java.util.Optional;
import org.gridgov.core.GridException;
import org.gridgov.workflow.matter.Matter;

/**
 * One report's outcome in {@link GridOffice#reportAll}: the matter taken in (or the matter already
 * taken in under its external id), or the refusal that {@link GridOffice#report} would have thrown
 * for it, which names the field, the rule and the value. Immutable.
 *
 * @param index the report's position in the batch
 * @param matter the matter as stored, or {@code null} if refused
 * @param refusal why the report was refused, or {@code null} if taken in
 */
public record Intake(int index, Matter matter, GridException refusal) {

    /** Checks that exactly one of matter and refusal is given. */
    public Intake {
        if ((matter == null) == (refusal == null)) {
            throw new IllegalArgumentException("an intake has a matter or a refusal");
        }
    }

    /** Whether the report was taken in. */
    public boolean accepted() {
        return matter != null;
    }

    /** The matter, if the report was taken in. */
    public Optional<Matter> matterIfAny() {
        return Optional.ofNullable(matter);
    }

    /** The refusal, if the report was refused. */
    public Optional<GridException> refusalIfAny() {
        return Optional.ofNullable(refusal);
    }
}
