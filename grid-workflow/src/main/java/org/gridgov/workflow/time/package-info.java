/**
 * Typed time limits: {@link org.gridgov.workflow.time.ClockTime clock time},
 * {@link org.gridgov.workflow.time.WorkingTime working time} and
 * {@link org.gridgov.workflow.time.WorkingDays working days} are different types
 * under the sealed {@link org.gridgov.workflow.time.TimeLimit}, so a limit of
 * "5 working days" cannot be passed where clock hours are expected, nor silently
 * turned into 120 hours.
 *
 * <p>Entry point: {@link org.gridgov.workflow.time.TimeLimit#parse(String)} reads the
 * command-line syntax {@code 5wd}, {@code 4wh}, {@code 30wm}, {@code 3h}, {@code 30m}.
 * Turning a limit into a due instant needs a working calendar:
 * {@code org.gridgov.workflow.calendar.WorkingCalendar#deadline}.
 */
package org.gridgov.workflow.time;
