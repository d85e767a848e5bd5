/**
 * The policy test kit: write "given this policy and calendar, when this happens, after this much
 * working time, then this escalation" as one short test. {@link
 * org.gridgov.workflow.sla.testkit.SlaScenario} is the entry point; it runs the real engine and
 * scheduler on a virtual clock. Use it from tests (grid-workflow in test scope of your policy
 * project); it throws {@link AssertionError}s and needs no test library.
 */
package org.gridgov.workflow.sla.testkit;
