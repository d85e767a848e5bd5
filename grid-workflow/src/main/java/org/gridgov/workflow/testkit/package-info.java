/**
 * Policy tests on the office: a district tests its own policies. Start with
 * {@link org.gridgov.workflow.testkit.PolicyKit}: {@code PolicyKit.builder()} with the district's
 * policy folder (categories, routing, admissions, modes, SLA), its plan and roster or a small
 * {@link org.gridgov.workflow.testkit.KitDistrict}, and a start instant; then report, advance,
 * act and expect through {@link org.gridgov.workflow.testkit.MatterAssert}. A failure prints the
 * matter's timeline. {@link org.gridgov.workflow.testkit.PolicyKitExtension} hands JUnit 5 tests a
 * fresh kit. The older {@code sla.testkit.SlaScenario} runs the SLA scheduler alone on the default
 * taxonomy and routing.
 */
package org.gridgov.workflow.testkit;
