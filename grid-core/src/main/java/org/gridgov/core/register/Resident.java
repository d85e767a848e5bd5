package org.gridgov.core.register;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.internal.Sorted;
import org.gridgov.core.privacy.IdNumber;
import org.gridgov.core.privacy.PersonName;
import org.gridgov.core.privacy.PhoneNumber;

/**
 * A resident in the register (人), in exactly one grid. Name, ID number and phone are {@link
 * org.gridgov.core.privacy.Sensitive} values and show masked; the tags (which special population
 * a person belongs to) are personal too, so {@link #toString()} and JSON give only their number.
 * Immutable and thread-safe.
 *
 * @param id an opaque record id, unique in the register
 * @param grid the grid (or micro-grid) the resident is registered in
 * @param household the household, if the resident belongs to one (in the same grid)
 * @param name the name
 * @param idNumber the resident identity card number
 * @param phone a phone number, if known
 * @param tags tag codes from the register's {@link TagCatalogue}
 */
@JsonPropertyOrder({"id", "grid", "household", "name", "idNumber", "phone", "tagCount"})
public record Resident(
        String id,
        AreaCode grid,
        Optional<String> household,
        PersonName name,
        IdNumber idNumber,
        Optional<PhoneNumber> phone,
        @JsonIgnore Set<String> tags) {
    public Resident {
        RecordIds.require("id", id);
        requireNonNull(grid, "grid");
        requireNonNull(household, "household").ifPresent(h -> RecordIds.require("household", h));
        requireNonNull(name, "name");
        requireNonNull(idNumber, "idNumber");
        requireNonNull(phone, "phone");
        tags = Sorted.set(requireNonNull(tags, "tags"));
    }

    /** How many tags the resident carries. */
    @JsonProperty("tagCount")
    public int tagCount() {
        return tags.size();
    }

    /** Whether the resident carries {@code tag}. */
    public boolean tagged(String tag) {
        return tags.contains(tag);
    }

    /** This resident in another grid and household. */
    public Resident movedTo(AreaCode newGrid, Optional<String> newHousehold) {
        return new Resident(id, newGrid, newHousehold, name, idNumber, phone, tags);
    }

    /** This resident with {@code newTags}. */
    public Resident withTags(Set<String> newTags) {
        return new Resident(id, grid, household, name, idNumber, phone, newTags);
    }

    /** The id, grid and masked values, e.g. {@code Resident[R-0001, 321102001001001, 张*, 110105********1234, 138****5678, 2 tags]}. */
    @Override
    public String toString() {
        return "Resident[" + id + ", " + grid + ", " + name + ", " + idNumber + ", "
                + phone.map(Object::toString).orElse("no phone") + ", " + tags.size() + " tags]";
    }
}
