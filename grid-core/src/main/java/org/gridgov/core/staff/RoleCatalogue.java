package org.gridgov.core.staff;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.core.json.GridJson;
import org.gridgov.core.json.JsonInputException;

/**
 * The roles a district's people may hold, by code.
 *
 * <p>{@link #defaults()} holds the seeds' roles: 总网格长, 网格长, 专职网格员, 兼职网格员, the three
 * volunteers of Jingkou's "1+2+2+X" team (seed 000), 邻里社干 (seed 003, Nantong), and Haimen's
 * building chief 楼栋长 and stairwell chief 楼道长 (seed 003), as the {@link Role} constants. A host
 * adds its own roles from a {@code grid-roles/1} file ({@link #read}):
 *
 * <pre>{@code
 * {"format": "grid-roles/1",
 *  "roles": [{"code": "FLOOR_CHIEF", "name": "楼层长", "level": "MICRO_GRID"}]}
 * }</pre>
 *
 * <p>Every field of a role is required and no other field is allowed; codes are unique and a
 * default role cannot be redefined. Every error names the file, the JSON path, the rule and the
 * value. Immutable and thread-safe.
 */
public final class RoleCatalogue {
    /** The format name of role files. */
    public static final String FORMAT = "grid-roles/1";

    private static final RoleCatalogue DEFAULTS = new RoleCatalogue(List.of(
            Role.CHIEF_GRID_HEAD,
            Role.GRID_HEAD,
            Role.FULL_TIME_WORKER,
            Role.PART_TIME_WORKER,
            Role.GRID_VOLUNTEER,
            Role.STUDENT_VOLUNTEER,
            Role.MOBILE_VOLUNTEER,
            Role.NEIGHBOURHOOD_CADRE,
            Role.BUILDING_CHIEF,
            Role.STAIRWELL_CHIEF));

    private final Map<String, Role> byCode;

    private RoleCatalogue(Collection<Role> roles) {
        Map<String, Role> map = new LinkedHashMap<>();
        for (Role role : roles) {
            map.put(role.code(), role);
        }
        this.byCode = map;
    }

    /** The seeds' ten roles, in the order of {@link Role}'s constants. */
    public static RoleCatalogue defaults() {
        return DEFAULTS;
    }

    /**
     * The default roles and those of a {@code grid-roles/1} document; {@code file} names it in errors.
     *
     * @throws JsonInputException naming the file, the JSON path, the rule and the value
     */
    public static RoleCatalogue read(byte[] json, String file) {
        Document doc = GridJson.read(requireNonNull(json, "json"), file, Document.class);
        if (!FORMAT.equals(doc.format())) {
            throw new JsonInputException(
                    file, "$.format", "is \"" + FORMAT + "\"", doc.format() == null ? "absent" : "another format");
        }
        if (doc.roles() == null) {
            throw new JsonInputException(file, "$.roles", "a role file lists its roles", "absent");
        }
        RoleCatalogue out = DEFAULTS;
        for (int i = 0; i < doc.roles().size(); i++) {
            Entry e = doc.roles().get(i);
            String at = "$.roles[" + i + "]";
            if (e == null) {
                throw new JsonInputException(file, at, "a role is an object", "null");
            }
            try {
                out = out.with(Role.of(e.code(), e.name(), e.level()));
            } catch (JsonInputException located) {
                throw located;
            } catch (InvalidInputException bad) {
                throw new JsonInputException(file, at + "." + bad.path(), bad.rule(), String.valueOf(bad.value()), bad);
            }
        }
        return out;
    }

    /**
     * Reads a {@code grid-roles/1} file, as {@link #read(byte[], String)}.
     *
     * @throws UncheckedIOException if the file cannot be read
     */
    public static RoleCatalogue read(Path file) {
        try {
            return read(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read role file " + file, e);
        }
    }

    /**
     * This catalogue with one more role.
     *
     * @throws InvalidInputException naming {@code code} if a role with that code is already in it
     */
    public RoleCatalogue with(Role role) {
        requireNonNull(role, "role");
        if (byCode.containsKey(role.code())) {
            String rule = DEFAULTS.byCode.containsKey(role.code())
                    ? "a default role cannot be redefined"
                    : "a role code is unique in its catalogue";
            throw new InvalidInputException("code", rule, role.code());
        }
        List<Role> all = new ArrayList<>(byCode.values());
        all.add(role);
        return new RoleCatalogue(all);
    }

    /** All roles, defaults first, then additions in the order added. */
    public List<Role> roles() {
        return List.copyOf(byCode.values());
    }

    /** The roles that serve at {@code level}, in catalogue order. */
    public List<Role> rolesAt(AreaLevel level) {
        requireNonNull(level, "level");
        return byCode.values().stream().filter(r -> r.level() == level).toList();
    }

    /** The role with this code, if any. */
    public Optional<Role> find(String code) {
        return Optional.ofNullable(byCode.get(requireNonNull(code, "code")));
    }

    /**
     * The role with this code.
     *
     * @throws UnknownIdException if there is none
     */
    public Role role(String code) {
        return find(code).orElseThrow(() -> new UnknownIdException("role", code));
    }

    /**
     * This catalogue's role with the code of {@code role} (a role read by its code alone gets its
     * name and level here).
     *
     * @throws InvalidInputException naming {@code role} if the catalogue has no role with that code
     */
    public Role resolve(Role role) {
        Role found = byCode.get(requireNonNull(role, "role").code());
        if (found == null) {
            throw new InvalidInputException("role", "names a role of the role catalogue", role.code());
        }
        return found;
    }

    /**
     * The postings with their roles resolved by {@link #resolve}.
     *
     * @throws InvalidInputException naming {@code assignments[k].role} for the first posting whose
     *     role is not in the catalogue
     */
    public List<Posting> resolve(List<Posting> postings) {
        List<Posting> out = new ArrayList<>(postings.size());
        for (int k = 0; k < postings.size(); k++) {
            Posting p = postings.get(k);
            Role found = byCode.get(p.role().code());
            if (found == null) {
                throw new InvalidInputException(
                        "assignments[" + k + "].role",
                        "names a role of the role catalogue",
                        p.role().code());
            }
            out.add(
                    found == p.role()
                            ? p
                            : Posting.builder().from(p).role(found).build());
        }
        return out;
    }

    /** The number of roles. */
    public int size() {
        return byCode.size();
    }

    record Document(String format, List<Entry> roles) {}

    record Entry(String code, String name, AreaLevel level) {}
}
