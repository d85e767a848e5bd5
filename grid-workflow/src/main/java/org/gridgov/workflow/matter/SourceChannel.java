package org.gridgov.workflow.matter;

/**
 * How a matter reached the grid system.
 *
 * <p>Only {@link #DEPARTMENT_PUSH} is subject to the task-admission gate: a matter a resident
 * raises is always taken in, a task a department pushes down must be on the admission list.
 */
public enum SourceChannel {
    /** 网格员巡查: found by a grid worker on patrol. */
    GRID_PATROL("网格员巡查"),
    /** 居民微信群: raised by a resident in a grid's WeChat group. */
    WECHAT_GROUP("居民微信群"),
    /** 12345热线: a 12345 hotline work order; its order number is the external id. */
    HOTLINE_12345("12345热线"),
    /** 视频告警: an alarm from video surveillance. */
    VIDEO_ALARM("视频告警"),
    /** 部门下派: a task pushed down to the grid by a department. */
    DEPARTMENT_PUSH("部门下派");

    private final String chineseName;

    SourceChannel(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The channel's name in Chinese. */
    public String chineseName() {
        return chineseName;
    }
}
