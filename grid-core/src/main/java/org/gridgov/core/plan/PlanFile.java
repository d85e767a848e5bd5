package org.gridgov.core.plan;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.internal.JsonValues;
import org.gridgov.core.json.GridJson;
import org.gridgov.core.json.JsonInputException;
import org.gridgov.core.place.Place;
import org.gridgov.core.staff.Person;
import org.gridgov.core.staff.Posting;
import org.gridgov.core.staff.RoleCatalogue;
import org.gridgov.core.staff.Roster;

/**
 * A plan and its roster as one JSON document, the {@code grid-plan/1} format:
 *
 * <pre>{@code
 * {
 *   "format": "grid-plan/1",
 *   "revision": 1,
 *   "areas": [
 *     {"code": "321102", "name": "京口区"},
 *     {"code": "321102001", "name": "正东路街道", "parent": "321102"},
 *     {"code": "321102001001", "name": "贺家弄社区居委会"},
 *     {"code": "321102001001001", "name": "贺家弄第一网格", "kind": "URBAN",
 *      "households": 260, "population": 900}
 *   ],
 *   "places": [{"id": "B-0001", "kind": "BUILDING", "name": "贺家弄1号楼",
 *               "grid": "321102001001001", "households": 48, "location": [119.45, 32.20]}],
 *   "people": [{"id": "W-0001", "name": "…", "residence": "321102001001001"}],
 *   "assignments": [{"person": "W-0001", "grid": "321102001001001",
 *                    "role": "FULL_TIME_WORKER", "duties": ["BASIC_INFORMATION"]}]
 * }
 * }</pre>
 *
 * <p>Areas: {@code code} and {@code name} required; {@code parent} optional (taken from the code
 * when absent, checked against it when present); {@code kind} URBAN (default) or RURAL;
 * {@code status} ACTIVE (default) or RETIRED; {@code households}, {@code population} default 0.
 * A place's {@code households} defaults to 0 and its {@code residents} may be left out (not
 * counted); {@code SizingCheck.sizes} sums both into each grid's counted figures.
 * An assignment's {@code role} is a role code of the {@link RoleCatalogue} the file is read with
 * (the seeds' roles by default; the former enum names are among them).
 * {@code revision} defaults to 1; {@code places}, {@code people}, {@code assignments} default to
 * empty. Unknown fields are errors. Every error names the file, the JSON path, the rule and the
 * value; nothing half-read is returned.
 *
 * @param plan the plan
 * @param roster its people and their posts
 */
public record PlanFile(GridPlan plan, Roster roster) {
    /** The format name this class reads and writes. */
    public static final String FORMAT = "grid-plan/1";

    private static final ObjectMapper MAPPER = GridJson.mapper();

    public PlanFile {
        requireNonNull(plan, "plan");
        requireNonNull(roster, "roster");
    }

    /**
     * Reads a plan file.
     *
     * @throws InvalidInputException naming {@code file:json.path}, the rule and the value, for a
     *     malformed or invalid file
     * @throws UncheckedIOException if the file cannot be read
     */
    public static PlanFile read(Path file) {
        return read(file, RoleCatalogue.defaults());
    }

    /**
     * Reads a plan file whose assignments may name the roles of {@code roles} (the defaults and a
     * host's own, see {@link RoleCatalogue#read}).
     *
     * @throws InvalidInputException naming {@code file:json.path}, the rule and the value, for a
     *     malformed or invalid file, e.g. {@code $.assignments[2].role} for a role not in {@code roles}
     * @throws UncheckedIOException if the file cannot be read
     */
    public static PlanFile read(Path file, RoleCatalogue roles) {
        requireNonNull(roles, "roles");
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plan file " + file, e);
        }
        return of(GridJson.read(bytes, file.toString(), Document.class), file.toString(), roles);
    }

    /**
     * Reads a plan from JSON text; {@code source} names it in errors (a file name, or null).
     *
     * @throws InvalidInputException for malformed or invalid JSON, as a
     *     {@link org.gridgov.core.json.JsonInputException}
     */
    public static PlanFile parse(String json, String source) {
        return parse(json, source, RoleCatalogue.defaults());
    }

    /**
     * Reads a plan from JSON text whose assignments may name the roles of {@code roles}.
     *
     * @throws InvalidInputException for malformed or invalid JSON, as a
     *     {@link org.gridgov.core.json.JsonInputException}
     */
    public static PlanFile parse(String json, String source, RoleCatalogue roles) {
        return of(GridJson.read(json, source, Document.class), source, requireNonNull(roles, "roles"));
    }

    private static PlanFile of(Document doc, String source, RoleCatalogue roles) {
        if (!FORMAT.equals(doc.format())) {
            throw new JsonInputException(
                    source, "$.format", "is \"" + FORMAT + "\"", JsonValues.describe(doc.format()));
        }
        try {
            GridPlan plan = GridPlan.of(
                    doc.revision() == null ? 1 : doc.revision(), orEmpty(doc.areas()), orEmpty(doc.places()));
            Roster roster = Roster.of(orEmpty(doc.people()), roles.resolve(orEmpty(doc.assignments())));
            return new PlanFile(plan, roster);
        } catch (InvalidInputException e) {
            throw GridJson.locate(e, source);
        }
    }

    /** As JSON, a plan file is its {@code grid-plan/1} document ({@link GridJson#mapper()} writes it). */
    @JsonValue
    Document document() {
        return new Document(FORMAT, plan.revision(), plan.areas(), plan.places(), roster.people(), roster.postings());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static PlanFile fromDocument(Document doc) {
        return of(doc, null, RoleCatalogue.defaults());
    }

    /** This plan and roster as JSON text in the {@code grid-plan/1} format. */
    public String toJson() {
        try {
            return MAPPER.writeValueAsString(document()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan always serialises", e);
        }
    }

    /** Writes {@link #toJson()} to a file. */
    public void write(Path file) {
        try {
            Files.writeString(file, toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write plan file " + file, e);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    @JsonPropertyOrder({"format", "revision", "areas", "places", "people", "assignments"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Document(
            String format,
            Integer revision,
            List<Area> areas,
            List<Place> places,
            List<Person> people,
            List<Posting> assignments) {}
}
