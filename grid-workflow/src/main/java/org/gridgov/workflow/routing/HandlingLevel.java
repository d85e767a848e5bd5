package org.gridgov.workflow.routing;

import org.gridgov.core.area.AreaLevel;

/**
 * The level that handles a matter: grid, community, street (township) or district.
 *
 * <p>"Small matters do not leave the grid, big matters do not leave the community" (seed 000):
 * matters start as low as the rules allow and move up one level at a time on escalation.
 */
public enum HandlingLevel {
    /** 网格: the grid worker handles it. */
    GRID(AreaLevel.GRID, "网格"),
    /** 社区/村: the community handles it. */
    COMMUNITY(AreaLevel.COMMUNITY, "社区"),
    /** 街道/镇: the street or township coordinates departments. */
    STREET(AreaLevel.STREET, "街道"),
    /** 区: the district supervises. */
    DISTRICT(AreaLevel.DISTRICT, "区");

    private final AreaLevel areaLevel;
    private final String chineseName;

    HandlingLevel(AreaLevel areaLevel, String chineseName) {
        this.areaLevel = areaLevel;
        this.chineseName = chineseName;
    }

    /** The administrative level of the handling body. */
    public AreaLevel areaLevel() {
        return areaLevel;
    }

    /** The level's name in Chinese. */
    public String chineseName() {
        return chineseName;
    }

    /** The level one up, or {@code null} at {@link #DISTRICT}. */
    public HandlingLevel up() {
        return this == DISTRICT ? null : values()[ordinal() + 1];
    }

    /** The whistle a matter at this level is blown as. */
    public Whistle whistle() {
        return Whistle.of(this);
    }
}
