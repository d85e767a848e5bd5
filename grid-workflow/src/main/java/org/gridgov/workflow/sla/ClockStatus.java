package org.gridgov.workflow.sla;

/** Where a clock cycle stands. */
public enum ClockStatus {
    /** Counting time. */
    RUNNING,
    /** Paused: time does not count until it resumes. */
    PAUSED,
    /** Stopped (met, missed, reset or ended with the matter). */
    STOPPED
}
