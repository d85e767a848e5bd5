package org.gridgov.workflow.admission;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.internal.Sorted;

/**
 * An item admitted into the grids on top of the standard duties: what it is, who applied, who
 * approved and when, where and how long it applies, and the funding that follows it. Immutable;
 * Jackson-readable.
 *
 * @param code the item code that matters carry as their task code
 * @param name the item's name
 * @param department the department that applied
 * @param approvedBy the approving body (e.g. the district committee, 区委)
 * @param approvedOn the day of approval
 * @param validFrom first day the item applies
 * @param validUntil last day it applies, or {@code null} if open-ended
 * @param areas the areas (and everything below them) it applies to
 * @param funding the funding that follows it
 */
public record AdmittedItem(
        String code,
        String name,
        String department,
        String approvedBy,
        LocalDate approvedOn,
        LocalDate validFrom,
        LocalDate validUntil,
        Set<AreaCode> areas,
        Funding funding) {

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException naming the first field that is missing or malformed
     */
    public AdmittedItem {
        if (code == null
                || code.isBlank()
                || name == null
                || department == null
                || approvedBy == null
                || approvedBy.isBlank()) {
            throw new InvalidInputException(
                    "item", "an admitted item has a code, a name, a department and an approving body", code);
        }
        if (approvedOn == null || validFrom == null) {
            throw new InvalidInputException(
                    approvedOn == null ? "approvedOn" : "validFrom", "a date is required", null);
        }
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new InvalidInputException(
                    "validUntil", "validUntil is on or after validFrom " + validFrom, validUntil);
        }
        if (areas == null || areas.isEmpty() || funding == null) {
            throw new InvalidInputException(
                    funding == null ? "funding" : "areas", "an item has areas and funding", code);
        }
        areas = Sorted.set(areas);
    }

    /** The item an approved application becomes. */
    static AdmittedItem approved(AdmissionApplication a, String approvedBy, LocalDate on) {
        return new AdmittedItem(
                a.code(),
                a.name(),
                a.department(),
                approvedBy,
                on,
                a.validFrom(),
                a.validUntil(),
                a.areas(),
                a.funding());
    }

    /** Whether the item has an end date: a temporary urgent item. */
    @JsonIgnore
    public boolean isTemporary() {
        return validUntil != null;
    }

    /** Whether the item applies on {@code day}. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    /** Whether the item applies in {@code area}. */
    public boolean appliesTo(AreaCode area) {
        return areas.stream().anyMatch(a -> a.contains(area));
    }
}
