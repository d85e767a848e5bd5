package org.gridgov.workflow.separation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.core.InvalidInputException;

/**
 * The separation policy file {@code policy-separation.json} (format {@code grid-separation/1}): the
 * categories where the resolver may verify his own work. Read strictly with
 * {@link DutySeparation#read}; documented in the module README. Immutable.
 *
 * @param format always {@code grid-separation/1}
 * @param description what the policy is, for people
 * @param relaxedFor category codes (as in the taxonomy, e.g. {@code SANITATION}), each once
 */
public record SeparationFile(String format, String description, List<String> relaxedFor) {

    /** The format name of separation policy files. */
    public static final String FORMAT = "grid-separation/1";

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException naming the JSON path, the rule and the value
     */
    public SeparationFile {
        if (!FORMAT.equals(format)) {
            throw new InvalidInputException("format", "a separation policy file declares format " + FORMAT, format);
        }
        description = description == null ? "" : description;
        if (relaxedFor == null) {
            throw new InvalidInputException("relaxedFor", "lists the relaxed categories (may be empty)", null);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < relaxedFor.size(); i++) {
            String c = relaxedFor.get(i);
            if (c == null || !c.matches("[A-Z][A-Z0-9_]*")) {
                throw new InvalidInputException(
                        "relaxedFor[" + i + "]", "a category code of A-Z, 0-9 and _ (as in the taxonomy)", c);
            }
            if (!seen.add(c)) {
                throw new InvalidInputException("relaxedFor[" + i + "]", "each category once", c);
            }
        }
        relaxedFor = List.copyOf(relaxedFor);
    }

    /** The separation this file states. */
    public DutySeparation separation() {
        return DutySeparation.relaxedFor(relaxedFor);
    }
}
