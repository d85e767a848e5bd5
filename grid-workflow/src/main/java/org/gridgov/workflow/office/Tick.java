package org.gridgov.workflow.office;

/**
 * What one {@link GridOffice#tick()} did. Immutable.
 *
 * @param stepsFired SLA steps fired and recorded as system entries, department no-shows, and
 *     visits and return visits missed that the office acted on
 * @param delivered outbox events delivered to every listener
 * @param failed deliveries that failed and wait for a retry
 */
public record Tick(int stepsFired, int delivered, int failed) {}
