package org.gridgov.workflow.matter;

/**
 * The lifecycle states of a matter, after the national digital urban-management loop
 * (数字化城市管理: 上报、立案、派遣、处置、核查、结案).
 *
 * <p>{@link Lifecycle} holds the table of which {@link Action} leads from which state to which.
 * SLA clocks (a later issue) attach to states: a clock runs while a matter is in the states it
 * names, pauses in {@link #SUSPENDED}, and stops in a terminal state.
 */
public enum State {
    /** 上报: reported, not yet registered. */
    REPORTED("上报"),
    /** 立案: accepted as a case and routed. */
    REGISTERED("立案"),
    /** 不予立案: not accepted as a case; terminal. */
    REJECTED("不予立案"),
    /** 派遣: sent to a lead (and co-handlers). */
    DISPATCHED("派遣"),
    /** 签收: the lead signed for it. */
    ACCEPTED("签收"),
    /** 处置中: being handled. */
    IN_PROGRESS("处置中"),
    /** 处理反馈: the handler reports it resolved; awaiting on-site verification. */
    RESOLVED("处理反馈"),
    /** 核查通过: verified on site; awaiting closure. */
    VERIFIED("核查通过"),
    /** 结案: closed; may be reopened. */
    CLOSED("结案"),
    /** 回退: returned to the dispatcher with a reason; awaiting re-dispatch. */
    RETURNED("回退"),
    /** 挂起: suspended; resumes to the state it was suspended from. */
    SUSPENDED("挂起");

    private final String chineseName;

    State(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The state's name in Chinese. */
    public String chineseName() {
        return chineseName;
    }

    /** Whether the matter is still open: neither closed nor rejected. */
    public boolean isOpen() {
        return this != CLOSED && this != REJECTED;
    }
}
