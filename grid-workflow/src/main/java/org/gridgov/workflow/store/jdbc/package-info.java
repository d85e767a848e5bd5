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
 */
package org.gridgov.workflow.store.jdbc;
