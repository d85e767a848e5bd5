package org.gridgov.workflow.matter;

import java.util.Optional;
import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;

/**
 * A category of matter in a {@link Taxonomy}, such as a dispute (矛盾纠纷).
 *
 * <p>{@code duty} is the code of the standard grid-worker duty (in
 * {@link org.gridgov.core.duty.DutyCatalogue}) under which grid workers handle matters of this
 * category, or {@code null} if none does. Immutable; Jackson reads it as
 * {@code {"code":..., "nameZh":..., "nameEn":..., "duty":...}}.
 *
 * @param code stable upper-case code, e.g. {@code DISPUTE}
 * @param nameZh the name in Chinese
 * @param nameEn the name in English
 * @param duty the standard duty code, or {@code null}
 */
public record Category(String code, String nameZh, String nameEn, String duty) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException if the code is not 2-64 of A-Z, 0-9 and _ or a name is blank
     */
    public Category {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInputException(
                    "code", "a category code is 2-64 of A-Z, 0-9 and _, starting with a letter", code);
        }
        if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new InvalidInputException("name", "a category has a Chinese and an English name", code);
        }
    }

    /** The standard duty this category falls under, if any. */
    public Optional<String> dutyCode() {
        return Optional.ofNullable(duty);
    }
}
