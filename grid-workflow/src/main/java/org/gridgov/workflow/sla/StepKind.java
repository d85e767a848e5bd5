package org.gridgov.workflow.sla;

/** What a step of an escalation ladder does after a breach. */
public enum StepKind {
    /** 提醒: notify a role (e.g. the community head). */
    NOTIFY("提醒"),
    /** 升级: escalate to a higher unit (e.g. the street). */
    ESCALATE("升级"),
    /** 督办黄牌: district supervision with a yellow card. */
    YELLOW_CARD("黄牌督办"),
    /** 督办红牌: district supervision with a red card. */
    RED_CARD("红牌督办");

    private final String chineseName;

    StepKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The step kind's name in Chinese. */
    public String chineseName() {
        return chineseName;
    }
}
