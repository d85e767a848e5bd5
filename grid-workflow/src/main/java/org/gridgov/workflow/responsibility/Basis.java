package org.gridgov.workflow.responsibility;

/**
 * Why a party is responsible for a matter: the three responsibility systems of Pudong (seed
 * 004, "首问负责制、兜底负责制、指定负责制"), plus hand-over and return.
 */
public enum Basis {
    /** 首问负责制: "由首个接待的个人承擔首問責任" - the first to receive the matter owns it. */
    FIRST_ASKED("首问负责"),
    /** The owner handed the matter over; the receiver owns it until it moves on. */
    HANDED_OVER("移交"),
    /** 指定负责制: a lead was designated, when dispatched or when several parties must act. */
    DESIGNATED("指定负责"),
    /** 兜底负责制: the lead answers for the result while nobody is working on it, until closure and after. */
    FALLBACK("兜底负责"),
    /** 回退: the assignee sent the matter back; the dispatcher owns it until it is dispatched again. */
    RETURNED_TO_DISPATCHER("回退派遣人");

    private final String chineseName;

    Basis(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The basis's name in Chinese. */
    public String chineseName() {
        return chineseName;
    }
}
