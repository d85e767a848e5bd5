/**
 * The grid blows the whistle, departments report in (网格吹哨、部门报到, seed 002).
 *
 * <p>A {@link org.gridgov.workflow.whistle.DepartmentDirectory} is the district's departments as
 * data: the duties and categories each owns, its contacts as roles, the time it has to report in and
 * the role a no-show escalates to. The office's {@code summon} blows a joint or tough whistle on a
 * matter and summons every department owning its category; each answers with {@code checkIn} or
 * {@code declineSummons} (with a reason), or is recorded as a no-show when its deadline passes on a
 * tick, which escalates the matter. Every summons and answer is an entry in the matter's history;
 * {@link org.gridgov.workflow.whistle.Summons#of} folds them back.
 */
package org.gridgov.workflow.whistle;
