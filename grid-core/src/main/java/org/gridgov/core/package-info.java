/**
 * grid-core: the model of a district's grid network (网格) with no geometry engine.
 *
 * <p><b>Start with {@link org.gridgov.core.plan.PlanFile}</b>: {@code PlanFile.read(path)} reads a
 * {@code grid-plan/1} file into a {@link org.gridgov.core.plan.GridPlan} (areas, codes, places,
 * totals) and its {@link org.gridgov.core.staff.Roster}. From the plan:
 * {@link org.gridgov.core.plan.PlanHistory} for revisions, {@link org.gridgov.core.sizing.SizingCheck}
 * and {@link org.gridgov.core.staffing.StaffingCheck} for findings
 * ({@code SizingCheck.defaults().check(plan)}).
 *
 * <p>{@link org.gridgov.core.GridException} is the root of every exception the
 * library throws; {@link org.gridgov.core.InvalidInputException} names the field or
 * JSON path, the rule and the value of bad input ({@link org.gridgov.core.MissingFieldException}
 * when a value is built without a required field). Every JSON file is read through
 * {@link org.gridgov.core.json.GridJson#read(byte[], String, Class)}, whose errors read
 * {@code FILE: $.path: rule (value)}.
 */
package org.gridgov.core;
