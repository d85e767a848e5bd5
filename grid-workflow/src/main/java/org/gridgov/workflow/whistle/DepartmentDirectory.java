package org.gridgov.workflow.whistle;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.json.GridJson;

/**
 * The departments a district's whistles can summon, as data (网格吹哨、部门报到, seed 002: "公安等26个区直部门组成
 * '非常驻'专班"). Read from a {@code policy-departments.json} file with {@link #read(Path)}, strictly
 * ({@link GridJson}). Immutable and thread-safe.
 *
 * <pre>{@code
 * {"format": "grid-departments/1", "version": 1, "departments": [
 *   {"id": "district:urban-management", "name": "区城管局", "duties": [], "categories": ["SANITATION"],
 *    "contacts": ["district:urban-management@duty"], "checkIn": "1wd", "noShowEscalatesTo": "district:office"}]}
 * }</pre>
 *
 * @param format {@code grid-departments/1}
 * @param version the directory's version, 1 or more, recorded on every summons
 * @param departments the departments, ids unique
 */
public record DepartmentDirectory(String format, int version, List<Department> departments) {
    /** The file format this reads. */
    public static final String FORMAT = "grid-departments/1";

    private static final DepartmentDirectory EMPTY = new DepartmentDirectory(FORMAT, 1, List.of());

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException naming the field, the rule and the value
     */
    public DepartmentDirectory {
        if (!FORMAT.equals(format)) {
            throw new InvalidInputException("format", "the format is " + FORMAT, format);
        }
        if (version < 1) {
            throw new InvalidInputException("version", "a version is 1 or more", version);
        }
        departments = List.copyOf(requireNonNull(departments, "departments"));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < departments.size(); i++) {
            if (!ids.add(departments.get(i).id())) {
                throw new InvalidInputException(
                        "departments[" + i + "].id",
                        "department ids are unique",
                        departments.get(i).id());
            }
        }
    }

    /** No departments: a whistle summons nobody. */
    public static DepartmentDirectory empty() {
        return EMPTY;
    }

    /**
     * Reads a directory file.
     *
     * @throws org.gridgov.core.json.JsonInputException {@code FILE: $.path: rule (value)} for a broken rule
     */
    public static DepartmentDirectory read(Path file) {
        requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return GridJson.read(bytes, file.getFileName().toString(), DepartmentDirectory.class);
    }

    /** The departments owning the category, in directory order: whom a whistle on it summons. */
    public List<Department> owning(String category) {
        requireNonNull(category, "category");
        return departments.stream().filter(d -> d.owns(category)).toList();
    }

    /** The department with this id. */
    public Optional<Department> get(String id) {
        return departments.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
