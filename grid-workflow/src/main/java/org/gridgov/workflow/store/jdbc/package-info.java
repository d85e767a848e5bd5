/**
 * The durable office store on PostgreSQL: {@link org.gridgov.workflow.store.jdbc.JdbcOfficeStore}
 * over the host's {@code DataSource}, its schema applied by
 * {@link org.gridgov.workflow.store.jdbc.OfficeSchema#migrate} (Flyway) or by the host's own tool
 * from the SQL files in the jar. On the same data source, {@link
 * org.gridgov.workflow.store.jdbc.JdbcAuditStore} keeps the audit trail and {@link
 * org.gridgov.workflow.store.jdbc.JdbcVisitLedger} the visits a {@code VisitBook} records.
 *
 * <p>Matters and history entries are kept as {@code jsonb} (through {@code GridJson.mapper()}), with
 * the fields the office queries (id, external id, area, state, due instant, version) as indexed
 * columns; new fields of a matter flow through without a schema change.
 *
 * <p>Several offices (instances behind a load balancer) may share one database. Optimistic
 * versions and unique keys keep every change and every fired step once; claims with a lease split
 * the work: an office claims due timers ({@code claimDue}) and matters' runs of outbox events
 * ({@code claimDeliverable}) for five minutes of its clock, so each event is delivered to the
 * listeners of one office, at least once and in order per matter, not once per office. A crashed
 * office's claims return when their lease runs out, and another office delivers those events again.
 */
package org.gridgov.workflow.store.jdbc;
