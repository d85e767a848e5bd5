/**
 * The office: the front door of grid-workflow, one object that runs a district's matters (the
 * district grid office, 网格化服务管理中心).
 *
 * <p>Start from {@link org.gridgov.workflow.office.GridOffice}: build it with
 * {@link org.gridgov.workflow.office.GridOffice#builder(java.time.Clock)} from a plan revision and
 * its roster, a resolver, the {@link org.gridgov.workflow.office.Policies}, a working calendar and an
 * {@link org.gridgov.workflow.office.OfficeStore}; then {@code report}, {@code handle}, query, and
 * {@code tick()} (or {@code start()}). What it guarantees:
 *
 * <ul>
 *   <li>A transition, its history entry, its clock and timer changes and its outbox events are one
 *       {@link org.gridgov.workflow.office.MatterChange}, committed by the store atomically.
 *   <li>Warnings, breaches and ladder steps are system entries of the history (actor
 *       {@code system:sla}, step key {@code METRIC/CYCLE/STEP_ID}), each exactly once, and they act:
 *       escalation moves level and responsibility, cards record supervision, notifications go out.
 *   <li>Nothing fails in silence: clocks that cannot be computed are
 *       {@link org.gridgov.workflow.office.ClockProblem}s; failed deliveries are retried with backoff
 *       and counted in {@link org.gridgov.workflow.office.OfficeHealth}.
 *   <li>The plan matters: locations must be areas of the current revision, leads are checked against
 *       the roster ({@link org.gridgov.workflow.office.RosterCheck}), a revised plan re-homes matters.
 * </ul>
 *
 * <p>{@link org.gridgov.workflow.office.InMemoryOfficeStore} is the shipped store; a durable one
 * implements the same small SPI.
 */
package org.gridgov.workflow.office;
