/**
 * The audit trail: who read or changed which record, when, for what purpose, and whether it was
 * allowed; append-only and chained by SHA-256 so that an altered, deleted or reordered entry is
 * found.
 *
 * <p>Start with {@link org.gridgov.core.audit.AuditTrail#inMemory(java.time.Clock)}; a durable
 * host supplies an {@link org.gridgov.core.audit.AuditStore}. {@link
 * org.gridgov.core.audit.AuditCheck#verify(java.util.List)} reports the first broken, missing or
 * reordered entry. Entries never hold personal values: records are named by opaque id, purposes by
 * a code.
 */
package org.gridgov.core.audit;
