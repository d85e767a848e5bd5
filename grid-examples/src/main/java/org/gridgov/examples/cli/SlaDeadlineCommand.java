package org.gridgov.examples.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.calendar.Deadline;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.time.TimeLimit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grid sla deadline --start T --add 5wd}: the due instant of a time limit, and a second line
 * starting {@code provisional:} when the answer rests on years computed from the statutory rules
 * rather than a published notice.
 */
@Command(
        name = "deadline",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the due instant (ISO 8601) of a time limit started at --start,",
            "on the mainland-China working calendar: the State Council's holidays and make-up days",
            "2018-2026, provisional years 2027-2100 from the statutory rules (a second line says",
            "'provisional: ...' when the answer rests on them; --calendar FILE loads a notice)."
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
        Deadline deadline = cal.deadlineOf(from, TimeLimit.parse(add));
        spec.commandLine().getOut().println(deadline.due().atZone(cal.zone()).toOffsetDateTime());
        if (deadline.provisional()) {
            String years =
                    deadline.provisionalYears().stream().map(String::valueOf).collect(Collectors.joining(", "));
            spec.commandLine()
                    .getOut()
                    .println("provisional: rests on " + years
                            + " computed from the statutory holiday rules, not a published notice;"
                            + " load the notice with --calendar FILE when it is out");
        }
        return Grid.CLEAN;
    }
}
