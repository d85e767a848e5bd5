package org.gridgov.workflow.sla;

/**
 * What an SLA clock measures. A policy defines, per metric, when its clock starts, pauses,
 * resumes, stops and resets ({@link ClockRule}), and per kind of matter its target
 * ({@link Target}). A matter has at most one clock per metric, with one cycle per start or reset.
 */
public enum Metric {
    /** 响应: answer the resident (e.g. "3" of "357": within 3 hours). */
    RESPONSE("响应"),
    /** 签收: the dispatched handler signs for the matter. */
    ACCEPTANCE("签收"),
    /** 办结: resolve the matter (e.g. "5" and "7" of "357": working days). */
    RESOLUTION("办结"),
    /** 核查: verify a resolution on site. */
    VERIFICATION("核查"),
    /**
     * 反馈: feed the result back to the reporter (seed 003's "信息搜集、处置、反应闭环"), e.g. from
     * {@code RESOLVE} until {@code INFORM_REPORTER}, with its own limit.
     */
    FEEDBACK("反馈");

    private final String chineseName;

    Metric(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The metric's name in Chinese. */
    public String chineseName() {
        return chineseName;
    }
}
