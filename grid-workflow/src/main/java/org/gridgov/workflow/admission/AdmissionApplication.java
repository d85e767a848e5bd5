package org.gridgov.workflow.admission;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.internal.Sorted;

/**
 * A department's application to have an item outside the standard duty list handled in the grids
 * (seed 001: "由相关部门提出申请,经区委研究批准后纳入"). Immutable; Jackson-readable.
 *
 * @param id the application's id, unique in its list
 * @param code the item code matters will carry as their task code (upper-case, like a duty code)
 * @param name the item's name
 * @param department the applying department
 * @param appliedOn the day of the application
 * @param validFrom first day the item would apply
 * @param validUntil last day it would apply, or {@code null} if open-ended; a temporary urgent
 *     item has one
 * @param areas the areas (and everything below them) it would apply to
 * @param funding the funding that would follow it
 */
public record AdmissionApplication(
        String id,
        String code,
        String name,
        String department,
        LocalDate appliedOn,
        LocalDate validFrom,
        LocalDate validUntil,
        Set<AreaCode> areas,
        Funding funding) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException naming the first field that is missing or malformed
     */
    public AdmissionApplication {
        require(id, "id");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInputException(
                    "code", "an item code is 2-64 of A-Z, 0-9 and _, starting with a letter", code);
        }
        require(name, "name");
        require(department, "department");
        if (appliedOn == null || validFrom == null) {
            throw new InvalidInputException(appliedOn == null ? "appliedOn" : "validFrom", "a date is required", null);
        }
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new InvalidInputException(
                    "validUntil", "validUntil is on or after validFrom " + validFrom, validUntil);
        }
        if (areas == null || areas.isEmpty()) {
            throw new InvalidInputException("areas", "an item applies to at least one area", areas);
        }
        areas = Sorted.set(areas);
        if (funding == null) {
            throw new InvalidInputException("funding", "an item comes with its funding (费随事转)", null);
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required", value);
        }
    }
}
