package org.gridgov.core.staff;

/** The roles of people who work in a grid (seed 000, Jingkou; seed 001, Dongxing). */
public enum Role {
    /** 专职网格员: full-time grid worker; every grid has at least one (seed 001). */
    FULL_TIME_WORKER("专职网格员"),
    /** 兼职网格员: part-time grid worker. */
    PART_TIME_WORKER("兼职网格员"),
    /** 网格长: grid head; must live in the grid ("five haves and one must", seed 000). */
    GRID_HEAD("网格长"),
    /** 网格志愿者: grid volunteer. */
    GRID_VOLUNTEER("网格志愿者"),
    /** 学生志愿者: student volunteer. */
    STUDENT_VOLUNTEER("学生志愿者"),
    /** 机动志愿者: mobile volunteer, the "X" of "1+2+2+X". */
    MOBILE_VOLUNTEER("机动志愿者");

    private final String chineseName;

    Role(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The role's name in Chinese. */
    public String chineseName() {
        return chineseName;
    }
}
