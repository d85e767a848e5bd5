/**
 * SLA time limits (时限) for matters: policies, clocks, warning lights, breaches and escalation
 * ladders (督办).
 *
 * <p>An {@link org.gridgov.workflow.sla.SlaPolicy} (data, read from {@code grid-sla/1} JSON;
 * {@link org.gridgov.workflow.sla.SlaPolicy#the357()} ships "357" of seed 000) says which
 * {@link org.gridgov.workflow.sla.Metric}s a matter has, when each clock starts, pauses, resumes,
 * stops and resets ({@link org.gridgov.workflow.sla.ClockRule}), the typed target per kind of
 * matter ({@link org.gridgov.workflow.sla.SlaRule}, first match wins per metric), the warning
 * {@link org.gridgov.workflow.sla.Threshold}s and the ladder of
 * {@link org.gridgov.workflow.sla.LadderStep}s after a breach.
 *
 * <p>The entry point is {@link org.gridgov.workflow.sla.SlaScheduler}: a
 * {@link org.gridgov.workflow.engine.MatterListener} that folds every transition into clocks
 * ({@link org.gridgov.workflow.sla.SlaClock} snapshots) and fires
 * {@link org.gridgov.workflow.sla.SlaEvent}s from a {@link org.gridgov.workflow.sla.DueTimerQueue}
 * exactly once per {@link org.gridgov.workflow.sla.TimerKey}. Policies are tested with the kit in
 * {@code org.gridgov.workflow.sla.testkit}.
 *
 * <p>A district runs its clocks through the office ({@code org.gridgov.workflow.office.GridOffice}),
 * which uses the per-matter part, {@link org.gridgov.workflow.sla.MatterSla}: the same clocks as a
 * pure fold over one matter's history, whose system entries are the record of the steps fired, so
 * that a transition, its clocks and its timers are one change.
 */
package org.gridgov.workflow.sla;
