package org.gridgov.core.staff;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaLevel;

/**
 * A role people hold in the grid network: a stable code, the name the seeds use, and the level of
 * area it serves at. Roles are data: {@link RoleCatalogue#defaults()} holds the seeds' roles and a
 * host adds its own ({@link RoleCatalogue#read}).
 *
 * <p>The constants below are the seeds' roles, kept under the names the former enum had, so
 * {@code Posting.of(id, grid, Role.GRID_HEAD)} and plan files writing {@code "role": "GRID_HEAD"}
 * stay valid. Two roles are equal when their codes are: a catalogue never holds two roles with one
 * code. In JSON a role is its code; a code read alone ({@link #ofCode}) is resolved against a
 * catalogue by whoever reads the file ({@code PlanFile} uses {@link RoleCatalogue#defaults()} unless
 * given another). Immutable and thread-safe.
 */
public final class Role {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** 总网格长: chief grid head over a village's or community's grids (seed 003, Haimen 厂南村). */
    public static final Role CHIEF_GRID_HEAD = new Role("CHIEF_GRID_HEAD", "总网格长", AreaLevel.COMMUNITY);
    /** 网格长: grid head; must live in the grid ("five haves and one must", seed 000). */
    public static final Role GRID_HEAD = new Role("GRID_HEAD", "网格长", AreaLevel.GRID);
    /** 专职网格员: full-time grid worker; every grid has at least one (seed 001). */
    public static final Role FULL_TIME_WORKER = new Role("FULL_TIME_WORKER", "专职网格员", AreaLevel.GRID);
    /** 兼职网格员: part-time grid worker. */
    public static final Role PART_TIME_WORKER = new Role("PART_TIME_WORKER", "兼职网格员", AreaLevel.GRID);
    /** 网格志愿者: grid volunteer, a "2" of "1+2+2+X" (seed 000). */
    public static final Role GRID_VOLUNTEER = new Role("GRID_VOLUNTEER", "网格志愿者", AreaLevel.GRID);
    /** 大学生志愿者: student volunteer, the other "2" of "1+2+2+X" (seed 000). */
    public static final Role STUDENT_VOLUNTEER = new Role("STUDENT_VOLUNTEER", "学生志愿者", AreaLevel.GRID);
    /** 机动志愿者: mobile volunteer, the "X" of "1+2+2+X" (seed 000). */
    public static final Role MOBILE_VOLUNTEER = new Role("MOBILE_VOLUNTEER", "机动志愿者", AreaLevel.GRID);
    /** 邻里社干: neighbourhood cadre, one per neighbourhood (邻里) of a community (seed 003, Nantong 新中社区). */
    public static final Role NEIGHBOURHOOD_CADRE = new Role("NEIGHBOURHOOD_CADRE", "邻里社干", AreaLevel.GRID);
    /** 楼栋长: building chief, over a building micro-grid (seed 003, Haimen "楼长"; seed 001 "楼栋长"). */
    public static final Role BUILDING_CHIEF = new Role("BUILDING_CHIEF", "楼栋长", AreaLevel.MICRO_GRID);
    /** 楼道长: stairwell chief, over a stairwell micro-grid inside a building (seed 003, Haimen). */
    public static final Role STAIRWELL_CHIEF = new Role("STAIRWELL_CHIEF", "楼道长", AreaLevel.MICRO_GRID);

    private final String code;
    private final String name;
    private final AreaLevel level;

    private Role(String code, String name, AreaLevel level) {
        this.code = code;
        this.name = name;
        this.level = level;
    }

    /**
     * A role.
     *
     * @param code 2-40 of {@code A-Z}, {@code 0-9} and {@code _}, starting with a letter, e.g.
     *     {@code BUILDING_CHIEF}
     * @param name the name the district uses, e.g. {@code 楼栋长}; not blank
     * @param level the level of area it is posted to ({@link AreaLevel#MICRO_GRID} for every nesting
     *     depth of micro-grid)
     * @throws InvalidInputException naming {@code code}, {@code name} or {@code level}
     */
    public static Role of(String code, String name, AreaLevel level) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidInputException(
                    "code", "a role code is 2-40 of A-Z, 0-9 and _, starting with a letter", code);
        }
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "a role has a name", name == null ? null : "(blank)");
        }
        if (level == null) {
            throw new InvalidInputException("level", "a role serves at a level of area", null);
        }
        return new Role(code, name, level);
    }

    /**
     * A role known by its code alone, as files write it: the role of {@link RoleCatalogue#defaults()}
     * with this code, or for another code a role whose name is the code and whose level is
     * {@link AreaLevel#GRID} until {@link RoleCatalogue#resolve} replaces it by the catalogue's.
     *
     * @throws InvalidInputException naming {@code code} if it is not a well-formed role code
     */
    @JsonCreator
    public static Role ofCode(String code) {
        return RoleCatalogue.defaults()
                .find(requireNonNull(code, "code"))
                .orElseGet(() -> of(code, code, AreaLevel.GRID));
    }

    /** The stable code, e.g. {@code GRID_HEAD}. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The name in Chinese as the seeds or the district use it, e.g. {@code 网格长}. */
    public String name() {
        return name;
    }

    /** The name in Chinese; the same as {@link #name()}, kept for callers of the former enum. */
    public String chineseName() {
        return name;
    }

    /** The level of area the role is posted to. */
    public AreaLevel level() {
        return level;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Role && ((Role) o).code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** The code, as the former enum's constant names printed. */
    @Override
    public String toString() {
        return code;
    }
}
