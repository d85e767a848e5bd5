package org.gridgov.core.staff;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.internal.OpaqueIds;
import org.gridgov.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A person who works in grids. The {@link #name()} is personal data: {@link #toString()} masks
 * it, and no message or finding of the library contains it; everything refers to the opaque
 * {@link #id()}. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
@JsonPropertyOrder({"id", "name", "residence"})
public abstract class Person {

    Person() {}

    // A resident ID number (GB 11643: 18 characters, or the old 15 digits) or a mobile number used
    // as an id would put personal data into every message and finding that names the person.
    private static final Pattern RESIDENT_ID = Pattern.compile("\\d{17}[\\dXx]|\\d{15}");
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");

    /** An opaque id, unique in a roster. */
    public abstract String id();

    /** The person's name: personal data. */
    public abstract String name();

    /** The grid or micro-grid the person lives in, if known. */
    public abstract Optional<AreaCode> residence();

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        if (!OpaqueIds.isOpaque(id())) {
            throw new InvalidInputException("id", "a person id is " + OpaqueIds.SHAPE, id());
        }
        if (RESIDENT_ID.matcher(id()).matches() || MOBILE.matcher(id()).matches()) {
            throw new InvalidInputException(
                    "id",
                    "a person id is opaque, not a resident ID number or a phone number (personal data)",
                    "(" + id().length() + " digits, not shown)");
        }
        if (name().isBlank()) {
            throw new InvalidInputException("name", "a person has a name", "(blank)");
        }
    }

    /** The id and a masked name, e.g. {@code Person[W-001, 张*]}. */
    @Override
    public String toString() {
        return "Person[" + id() + ", " + mask(name()) + "]";
    }

    /** The first character of {@code name} followed by one {@code *}, or {@code *} alone. */
    public static String mask(String name) {
        return name.isEmpty()
                ? "*"
                : name.codePoints()
                                .limit(1)
                                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        + "*";
    }

    /** Builds a {@link Person}. */
    public static final class Builder extends ImmutablePerson.Builder {
        Builder() {}
    }
}
