package org.gridgov.workflow.matter;

/**
 * What can be done to a matter. Each action is one {@link Transition} in its history; some move
 * it to another {@link State}, others (extension, escalation, hand-over) keep its state and change
 * its routing or responsibility. {@link #needsReason()} tells which ones must say why.
 */
public enum Action {
    /** 上报: intake; the first transition of every matter. */
    REPORT("上报", false),
    /** 立案: register and route. */
    REGISTER("立案", false),
    /** 不予立案: refuse to register. */
    REJECT("不予立案", true),
    /** 派遣: dispatch to a lead and co-handlers (also re-dispatch after a return). */
    DISPATCH("派遣", false),
    /** 签收: the lead signs for the matter. */
    ACCEPT("签收", false),
    /** 开始处置: work starts. */
    START("开始处置", false),
    /** 处理反馈: the handler reports the matter resolved. */
    RESOLVE("处理反馈", false),
    /** 核查: verified on site. */
    VERIFY("核查", false),
    /** 返工: verification failed; back to work. */
    REWORK("返工", true),
    /** 结案: close. */
    CLOSE("结案", false),
    /** 回退: send back to the dispatcher. */
    RETURN("回退", true),
    /** 挂起: suspend. */
    SUSPEND("挂起", true),
    /** 恢复: resume to the state before suspension. */
    RESUME("恢复", false),
    /** 申请延期: ask for more time. */
    REQUEST_EXTENSION("申请延期", true),
    /** 同意延期: grant the pending extension. */
    GRANT_EXTENSION("同意延期", false),
    /** 不同意延期: refuse the pending extension. */
    REFUSE_EXTENSION("不同意延期", true),
    /** 重启: reopen a closed matter. */
    REOPEN("重启", true),
    /** 升级: move handling one level up. */
    ESCALATE("升级", true),
    /** 降级: move handling back to the grid. */
    DEESCALATE("降级", true),
    /** 重新分流: re-route after a mode switch. */
    REROUTE("重新分流", true),
    /** 移交: hand the matter over to another party. */
    HAND_OVER("移交", false),
    /** 指定: designate a (new) lead and co-handlers. */
    DESIGNATE("指定负责", false),
    /**
     * 反馈: the result was fed back to the reporter (resident or pushing department) after the
     * resolution; a recorded step of its own, timed by an SLA metric such as {@code FEEDBACK}. Keeps
     * the state.
     */
    INFORM_REPORTER("反馈", false),
    /** 重新归属: the plan was revised and the matter's grid moved (retired, merged, split, re-coded). */
    REHOME("重新归属", false),
    /** 预警: an SLA warning light went on (a system entry, actor {@code system:sla}). */
    WARN("预警", false),
    /** 超时: an SLA deadline passed with the clock open (a system entry). */
    BREACH("超时", false),
    /** 提醒: an SLA ladder step notified a role (a system entry). */
    NOTIFY("提醒", false),
    /** 黄牌督办: an SLA ladder step put the matter under supervision with a yellow card (a system entry). */
    YELLOW_CARD("黄牌督办", false),
    /** 红牌督办: an SLA ladder step put the matter under supervision with a red card (a system entry). */
    RED_CARD("红牌督办", false),
    /**
     * 回访: a satisfaction return visit after closure recorded the resident's rating (a system entry,
     * step {@code RETURN_VISIT/CLOSURE/RATING}, e.g. {@code RETURN_VISIT/1/DISSATISFIED}).
     */
    RETURN_VISIT("回访", false),
    /**
     * 吹哨: a joint or tough whistle summoned a department to report in (recorded by the office,
     * its step names the department and the check-in deadline).
     */
    SUMMON("吹哨", false),
    /** 报到: a summoned department reported in (recorded by the office). */
    CHECK_IN("报到", false),
    /** 拒绝报到: a summoned department refused, with its reason (recorded by the office). */
    DECLINE_SUMMONS("拒绝报到", true),
    /** 未报到: a summoned department did not report in by its deadline (a system entry). */
    NO_SHOW("未报到", false),
    /**
     * 即知即改: a grid worker found a small matter and fixed it on the spot; it goes from reported to
     * closed in one step with its evidence (recorded by the office's {@code fixOnTheSpot}).
     */
    FIX_ON_THE_SPOT("即知即改", false),
    /**
     * 区级批准超限: a district approved a suspension or extension past the SLA cap ("7 days at the
     * latest"); recorded by the office right before the command that carried the approval, actor the
     * approver, reason the approval's reference. It lifts the cap of the open clock cycles.
     */
    APPROVE_PAST_CAP("区级批准超限", true);

    private final String chineseName;
    private final boolean needsReason;

    Action(String chineseName, boolean needsReason) {
        this.chineseName = chineseName;
        this.needsReason = needsReason;
    }

    /** The action's name in Chinese. */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Whether only the system records this action: an SLA step that fired ({@link #WARN},
     * {@link #BREACH}, {@link #NOTIFY}, {@link #YELLOW_CARD}, {@link #RED_CARD}) or a re-homing after
     * a plan revision ({@link #REHOME}), a return visit's rating ({@link #RETURN_VISIT}), or a
     * whistle's summons and the departments' answers ({@link #SUMMON}, {@link #CHECK_IN},
     * {@link #DECLINE_SUMMONS}, {@link #NO_SHOW}), an on-the-spot fix ({@link #FIX_ON_THE_SPOT}) and a district approval
     * past the SLA cap ({@link #APPROVE_PAST_CAP}),
     * which the office records through its own calls. A {@code Command} never carries one.
     */
    public boolean systemOnly() {
        return ordinal() >= REHOME.ordinal();
    }

    /** Whether a transition by this action must carry a reason. */
    public boolean needsReason() {
        return needsReason;
    }
}
