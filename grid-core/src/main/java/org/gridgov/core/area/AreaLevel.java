package org.gridgov.core.area;

/**
 * The levels of the administrative and grid hierarchy, top down.
 *
 * <p>Codes follow the national statistical division codes and extend them for grids:
 * a city or district code has 6 digits (a city's ends in {@code 00}), a street or
 * township 9, a community or village 12, a grid 15 (community code + 3-digit serial) and a
 * micro-grid 18 (grid code + 3 more), or 21 or 24 for a micro-grid inside a micro-grid (a
 * stairwell inside a building, seed 003): one level, {@link #MICRO_GRID}, at every depth up to
 * {@link AreaCode#MAX_MICRO_GRID_DEPTH}; {@link AreaCode#microGridDepth()} tells the depth.
 */
public enum AreaLevel {
    /** 市: prefecture-level city, 6 digits ending in {@code 00}. */
    CITY(6, "市"),
    /** 区/县: district or county, 6 digits. */
    DISTRICT(6, "区/县"),
    /** 街道/镇: street or township, 9 digits. */
    STREET(9, "街道/镇"),
    /** 社区/村: community or village, 12 digits. */
    COMMUNITY(12, "社区/村"),
    /** 网格: grid, community code + 3-digit serial, 15 digits. */
    GRID(15, "网格"),
    /**
     * 微网格: micro-grid (neighbourhood, building, stairwell), its parent's code + 3 digits: 18 digits
     * below a grid, 21 or 24 below another micro-grid.
     */
    MICRO_GRID(18, "微网格");

    private final int codeLength;
    private final String chineseName;

    AreaLevel(int codeLength, String chineseName) {
        this.codeLength = codeLength;
        this.chineseName = chineseName;
    }

    /** The number of digits in a code of this level; for {@link #MICRO_GRID} the first depth's 18. */
    public int codeLength() {
        return codeLength;
    }

    /** The level's name in Chinese. */
    public String chineseName() {
        return chineseName;
    }

    /**
     * The level directly above, or {@code null} for {@link #CITY}; {@link #GRID} for
     * {@link #MICRO_GRID} (a nested micro-grid's parent is a micro-grid: see {@link AreaCode#parent()}).
     */
    public AreaLevel parent() {
        return this == CITY ? null : values()[ordinal() - 1];
    }

    /** Whether this is {@link #GRID} or {@link #MICRO_GRID}: a level that grid workers staff. */
    public boolean isGrid() {
        return this == GRID || this == MICRO_GRID;
    }
}
