package org.gridgov.workflow.visit;

/**
 * A resident's rating at a satisfaction return visit (回访) after a matter closed. Satisfied and
 * basically satisfied count as satisfied in the satisfaction rate; dissatisfied may reopen the
 * matter ({@link ReturnVisitPolicy}).
 */
public enum Rating {
    /** 满意. */
    SATISFIED("满意"),
    /** 基本满意. */
    BASICALLY_SATISFIED("基本满意"),
    /** 不满意. */
    DISSATISFIED("不满意");

    private final String chineseName;

    Rating(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The rating's name in Chinese. */
    public String chineseName() {
        return chineseName;
    }

    /** Whether it counts as satisfied: satisfied or basically satisfied. */
    public boolean satisfied() {
        return this != DISSATISFIED;
    }
}
