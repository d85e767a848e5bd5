package org.gridgov.core.register;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;

/**
 * A category a record is tagged with: a special population (seed 001) or a monthly must-visit
 * group (六必访, seed 000). Which person carries a tag is personal data; the tag itself is not.
 *
 * @param code a stable upper-case code, e.g. {@code LONE_ELDERLY}
 * @param name the Chinese name used by the seeds
 * @param appliesTo whether residents or organisations carry it
 * @param mustVisit whether the grid head visits every record with it each month
 * @param seed the seed article(s) that name it
 */
public record Tag(String code, String name, Applies appliesTo, boolean mustVisit, String seed) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** Which records a tag applies to. */
    public enum Applies {
        /** Residents. */
        RESIDENT,
        /** Organisations. */
        ORGANISATION
    }

    public Tag {
        requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new InvalidInputException(
                    "code", "a tag code is 2-40 of A-Z, 0-9 and _, starting with a letter", code);
        }
        requireNonNull(name, "name");
        requireNonNull(appliesTo, "appliesTo");
        requireNonNull(seed, "seed");
    }
}
