package org.gridgov.workflow.whistle;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.time.TimeLimit;

/**
 * A department a whistle can summon (网格吹哨、部门报到, seed 002): its id (a unit id such as
 * {@code district:urban-management}), its name, the standard duties and matter categories it
 * owns, its contacts as roles (resolved by the office's role directory when it is summoned), the
 * time it has to report in ({@code 1wd}, {@code 4wh}, {@code 2h}) and the role a no-show escalates
 * to ({@code district:office}: the matter moves up to the district and its holder becomes lead).
 * Immutable.
 *
 * @param id the unit id; no {@code /} and not blank
 * @param name the department's name
 * @param duties the standard duty codes it owns (may be empty)
 * @param categories the matter category codes it owns; a whistle on such a matter summons it
 * @param contacts the roles notified when it is summoned (may be empty)
 * @param checkIn the time limit to report in, as limit text
 * @param noShowEscalatesTo the role a no-show escalates to
 */
public record Department(
        String id,
        String name,
        List<String> duties,
        List<String> categories,
        List<String> contacts,
        String checkIn,
        String noShowEscalatesTo) {

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException naming the field, the rule and the value
     */
    public Department {
        if (id == null || id.isBlank() || id.contains("/")) {
            throw new InvalidInputException("id", "a department id is a unit id without '/'", id);
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "a department has a name", name);
        }
        duties = List.copyOf(duties == null ? List.of() : duties);
        categories = List.copyOf(requireNonNull(categories, "categories"));
        if (categories.isEmpty()) {
            throw new InvalidInputException("categories", "a department owns at least one category", categories);
        }
        contacts = List.copyOf(contacts == null ? List.of() : contacts);
        try {
            TimeLimit.parse(checkIn);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("checkIn", e.rule(), checkIn, e);
        }
        if (noShowEscalatesTo == null || noShowEscalatesTo.isBlank()) {
            throw new InvalidInputException("noShowEscalatesTo", "a no-show escalates to a role", noShowEscalatesTo);
        }
    }

    /** The time limit to report in. */
    public TimeLimit checkInLimit() {
        return TimeLimit.parse(checkIn);
    }

    /** Whether it owns the category. */
    public boolean owns(String category) {
        return categories.contains(category);
    }
}
