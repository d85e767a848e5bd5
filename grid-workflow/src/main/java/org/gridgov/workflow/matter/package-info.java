/**
 * Matters (事项/事件): what a grid handles, from report to closure.
 *
 * <p>A {@link org.gridgov.workflow.matter.MatterReport} holds the facts of a reported matter:
 * its {@link org.gridgov.workflow.matter.SourceChannel}, a {@link org.gridgov.workflow.matter.Category}
 * from a host-configurable {@link org.gridgov.workflow.matter.Taxonomy}, a
 * {@link org.gridgov.workflow.matter.Location} (a grid code, or a coordinate a
 * {@link org.gridgov.core.area.GridResolver} turns into one), a
 * {@link org.gridgov.workflow.routing.Severity}, a masked {@link org.gridgov.workflow.matter.Reporter}
 * and an external id that makes intake idempotent.
 *
 * <p>A {@link org.gridgov.workflow.matter.Matter} is one version of a matter; it moves through the
 * {@link org.gridgov.workflow.matter.State}s of the {@link org.gridgov.workflow.matter.Lifecycle}
 * by {@link org.gridgov.workflow.matter.Action}s, each recorded as a
 * {@link org.gridgov.workflow.matter.Transition} (actor, time from the injected clock, reason) in an
 * append-only {@link org.gridgov.workflow.matter.MatterHistory} whose
 * {@link org.gridgov.workflow.matter.MatterHistory#replay() replay} rebuilds the matter. An action
 * the lifecycle forbids throws {@link org.gridgov.workflow.matter.IllegalTransitionException}.
 * Transitions are the feed SLA clocks attach to. Matters change only through
 * {@link org.gridgov.workflow.engine.MatterEngine}.
 */
package org.gridgov.workflow.matter;
