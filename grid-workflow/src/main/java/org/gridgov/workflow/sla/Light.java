package org.gridgov.workflow.sla;

/** The warning lights (亮灯预警) a running clock passes before and at its deadline. */
public enum Light {
    /** 黄灯: the first warning, by default at 50% of the allowed time. */
    YELLOW("黄灯"),
    /** 橙灯: the second warning, by default at 75%. */
    ORANGE("橙灯"),
    /** 红灯: the deadline, by default at 100%. */
    RED("红灯");

    private final String chineseName;

    Light(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The light's name in Chinese. */
    public String chineseName() {
        return chineseName;
    }
}
