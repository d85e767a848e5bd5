package org.gridgov.workflow.mode;

/**
 * The operating mode of an area: normal or emergency (Huancui, seed 002, "平+急", "平战转换").
 * Routing rules (and, in a later issue, time limits) are chosen per mode.
 */
public enum Mode {
    /** 平时: normal operation. */
    NORMAL("平时"),
    /** 急时/战时: emergency operation, e.g. during an epidemic. */
    EMERGENCY("急时");

    private final String chineseName;

    Mode(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The mode's name in Chinese. */
    public String chineseName() {
        return chineseName;
    }
}
