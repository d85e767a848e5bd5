package org.gridgov.workflow.visit;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.json.GridJson;

/**
 * A district's visit rules as data, format {@code grid-visits/1}: {@code id}, {@code version} and
 * {@code rules} ({@link VisitRule}s with unique ids). {@link #seeds()} is the seeds' rules, shipped
 * (seed 000's six must-visits every month and its team visits weekly, monthly and quarterly, seed
 * 002's daily checks, weekly meetings, monthly spot checks and quarterly visits). Files are read
 * strictly ({@link GridJson#read(byte[], String, Class)}). Immutable.
 *
 * @param format {@code grid-visits/1}
 * @param id the policy's id
 * @param version its version, from 1
 * @param rules the rules
 */
public record VisitPolicy(String format, String id, int version, List<VisitRule> rules) {
    /** The format this version reads and writes. */
    public static final String FORMAT = "grid-visits/1";

    private static final String SEEDS = "visits-seeds.json";

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException if the format is not {@link #FORMAT}, the version is below 1,
     *     or two rules share an id
     */
    public VisitPolicy {
        if (!FORMAT.equals(format)) {
            throw new InvalidInputException("format", "a visit policy is " + FORMAT, format);
        }
        requireNonNull(id, "id");
        if (version < 1) {
            throw new InvalidInputException("version", "a version is at least 1", version);
        }
        rules = List.copyOf(requireNonNull(rules, "rules"));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!ids.add(rules.get(i).id())) {
                throw new InvalidInputException(
                        "rules[" + i + "].id",
                        "rule ids are unique",
                        rules.get(i).id());
            }
        }
    }

    /** The seeds' rules, shipped with the module. */
    public static VisitPolicy seeds() {
        try (InputStream in = VisitPolicy.class.getResourceAsStream(SEEDS)) {
            return GridJson.read(in.readAllBytes(), SEEDS, VisitPolicy.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a policy file.
     *
     * @throws org.gridgov.core.json.JsonInputException if it is not a valid {@code grid-visits/1} file
     * @throws UncheckedIOException if it cannot be read
     */
    public static VisitPolicy read(Path file) {
        try {
            return GridJson.read(Files.readAllBytes(file), String.valueOf(file.getFileName()), VisitPolicy.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
