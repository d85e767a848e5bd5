package org.gridgov.workflow.routing;

/**
 * How serious a matter is, in increasing order; routing rules compare severities with
 * {@link #atLeast(Severity)}.
 */
public enum Severity {
    /** 一般: ordinary. */
    LOW("一般"),
    /** 较大: needs attention beyond routine. */
    MEDIUM("较大"),
    /** 重大: serious. */
    HIGH("重大"),
    /** 特别重大: critical. */
    CRITICAL("特别重大");

    private final String chineseName;

    Severity(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The severity's name in Chinese. */
    public String chineseName() {
        return chineseName;
    }

    /** Whether this severity is {@code other} or more serious. */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
