package org.gridgov.workflow.routing;

/**
 * The three whistles of Huancui (seed 002, 三哨分流): "常规哨" "联合哨" "攻坚哨", "分别交由网格自主应答、
 * 镇街协同响应、区级督办包办" - answered by the grid itself, coordinated by the street, supervised by
 * the district.
 *
 * <p>A whistle follows from the handling level ({@link #of(HandlingLevel)}): grid and
 * community matters are routine, street matters joint, district matters tough.
 */
public enum Whistle {
    /** 常规哨: handled in the grid (or its community). */
    ROUTINE("常规哨"),
    /** 联合哨: the street or township coordinates departments. */
    JOINT("联合哨"),
    /** 攻坚哨: the district supervises. */
    TOUGH("攻坚哨");

    private final String chineseName;

    Whistle(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The whistle's name in Chinese. */
    public String chineseName() {
        return chineseName;
    }

    /** The whistle for a handling level. */
    public static Whistle of(HandlingLevel level) {
        switch (level) {
            case GRID:
            case COMMUNITY:
                return ROUTINE;
            case STREET:
                return JOINT;
            default:
                return TOUGH;
        }
    }
}
