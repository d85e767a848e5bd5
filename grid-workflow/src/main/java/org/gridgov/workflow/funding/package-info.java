/**
 * Funding follows the task (费随事转、事费匹配, seed 001) and is shared by households (费按户分).
 *
 * <p>An admitted item carries its {@link org.gridgov.workflow.admission.Funding} terms. The
 * {@link org.gridgov.workflow.funding.FundingLedger} records what each admitted push owes to which
 * grid and community, in integer fen: all to the matter's grid, or shared among the active grids under
 * its location by their households in the plan ({@link org.gridgov.workflow.funding.HouseholdShares},
 * largest remainder, so the shares sum to the amount to the fen). {@code owedPerCommunity} and
 * {@code owedPerGrid} answer what is owed over a period.
 */
package org.gridgov.workflow.funding;
