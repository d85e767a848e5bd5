package org.gridgov.workflow.testing;

import org.gridgov.core.area.AreaCode;

/**
 * Places for tests: real division codes of Jingkou district, Zhenjiang (the district of seed 000),
 * from grid-examples/data/zhenjiang-divisions.json, extended by made-up 3-digit grid serials.
 */
public final class Jingkou {
    /** 京口区. */
    public static final AreaCode DISTRICT = AreaCode.parse("321102");
    /** 正东路街道. */
    public static final AreaCode ZHENGDONGLU_STREET = AreaCode.parse("321102001");
    /** 贺家弄社区. */
    public static final AreaCode HEJIANONG_COMMUNITY = AreaCode.parse("321102001001");
    /** 酒海街社区. */
    public static final AreaCode JIUHAIJIE_COMMUNITY = AreaCode.parse("321102001003");
    /** A grid of 贺家弄社区 (serial made up). */
    public static final AreaCode GRID_1 = HEJIANONG_COMMUNITY.child(1);
    /** Another grid of 贺家弄社区 (serial made up). */
    public static final AreaCode GRID_2 = HEJIANONG_COMMUNITY.child(2);
    /** A grid of 酒海街社区 (serial made up). */
    public static final AreaCode JIUHAIJIE_GRID_1 = JIUHAIJIE_COMMUNITY.child(1);
    /** 健康路街道, another street of the district. */
    public static final AreaCode JIANKANGLU_STREET = AreaCode.parse("321102002");

    private Jingkou() {}
}
