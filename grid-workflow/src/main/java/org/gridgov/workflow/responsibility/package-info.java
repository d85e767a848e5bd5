/**
 * Responsibility: who answers for a matter now, and why (Pudong, seed 004: 首问负责制、指定负责制、
 * 兜底负责制).
 *
 * <p>Whoever receives a matter owns it until it is handed over (first-asked); when it is dispatched
 * or designated, the {@link org.gridgov.workflow.responsibility.Assignment}'s lead owns it and the
 * others are co-handlers (designated); while nobody works on it (suspended, awaiting verification,
 * closed, reopened) the lead still answers for it (fallback). A return sends it back to its
 * dispatcher. Every matter carries its {@link org.gridgov.workflow.responsibility.Responsibility}
 * with the {@link org.gridgov.workflow.responsibility.Basis} and the version since which it holds;
 * ask {@link org.gridgov.workflow.engine.MatterEngine#responsibleNow}.
 */
package org.gridgov.workflow.responsibility;
