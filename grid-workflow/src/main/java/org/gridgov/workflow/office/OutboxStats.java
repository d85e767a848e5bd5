package org.gridgov.workflow.office;

/**
 * Counts of a store's outbox. Immutable.
 *
 * @param pending events not yet delivered
 * @param delivered events delivered
 * @param failures failed deliveries so far (one event may fail several times)
 */
public record OutboxStats(long pending, long delivered, long failures) {}
