package org.gridgov.examples.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.time.TimeLimit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid sla deadline --start T --add 5wd}: the due instant of a time limit. */
@Command(
        name = "deadline",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the due instant (ISO 8601) of a time limit started at --start,",
            "on the mainland-China working calendar (holidays and make-up days 2018-2026)."
        })
final class SlaDeadlineCommand implements Callable<Integer> {
    @Option(names = "--start", required = true, paramLabel = "TIME", description = "e.g. 2026-02-13T16:00+08:00")
    String start;

    @Option(
            names = "--add",
            required = true,
            paramLabel = "LIMIT",
            description = "5wd (working days), 4wh (working hours), 30wm (working minutes), 3h or 30m (clock time)")
    String add;

    @Mixin
    CalendarOptions calendarOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Instant from;
        try {
            from = OffsetDateTime.parse(start).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(
                    "--start", "an ISO 8601 time with offset such as 2026-02-13T16:00+08:00", start);
        }
        WorkingCalendar cal = calendarOptions.calendar();
        Instant due = cal.deadline(from, TimeLimit.parse(add));
        spec.commandLine().getOut().println(due.atZone(cal.zone()).toOffsetDateTime());
        return Grid.CLEAN;
    }
}
