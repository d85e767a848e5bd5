/**
 * Duties stay separate (seed 003's closed loop "收集、处置、反馈": who disposes of a matter is not who
 * checks it).
 *
 * <p>{@link org.gridgov.workflow.separation.DutySeparation} is the policy: by default the person who
 * resolved a matter (处理反馈) cannot verify it (核查); the policy relaxes this per category. The office
 * applies it to every command ({@code GridOffice.builder(clock).separation(...)}); a refused command
 * is a {@link org.gridgov.workflow.separation.SeparationOfDutiesException} and leaves the matter as
 * it was.
 */
package org.gridgov.workflow.separation;
