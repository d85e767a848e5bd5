package org.gridgov.workflow.office;

/**
 * A host's listener: notifications to WeChat or SMS, a search index, an audit feed. Receives each
 * {@link OfficeEvent} at least once, in order per matter, from the office's outbox on
 * {@link GridOffice#tick()}. An exception is a failed delivery: the event is retried on a later
 * tick after an exponential backoff, and the failure is counted in {@link GridOffice#health()}.
 * Delivery may repeat after a crash, so a listener should be idempotent by (matter, version, kind).
 *
 * <p>Several offices on one durable store (instances behind a load balancer, each with its
 * listeners) deliver each event to the listeners of one of them, not of each: an office claims a
 * matter's undelivered events for a lease ({@link OfficeStore#claimDeliverable}) and the others
 * pass over that matter until they are delivered. Another office delivers an event again only if
 * the first one's lease (five minutes of the office clock) runs out before it marked the event
 * delivered: it crashed, or its listeners took longer than that.
 */
@FunctionalInterface
public interface OfficeListener {
    /** Delivers one event; throw to have it retried later. */
    void deliver(OfficeEvent event);
}
