package org.gridgov.workflow.office;

/**
 * A host's listener: notifications to WeChat or SMS, a search index, an audit feed. Receives each
 * {@link OfficeEvent} at least once, in order per matter, from the office's outbox on
 * {@link GridOffice#tick()}. An exception is a failed delivery: the event is retried on a later
 * tick after an exponential backoff, and the failure is counted in {@link GridOffice#health()}.
 * Delivery may repeat after a crash, so a listener should be idempotent by (matter, version, kind).
 */
@FunctionalInterface
public interface OfficeListener {
    /** Delivers one event; throw to have it retried later. */
    void deliver(OfficeEvent event);
}
