package org.gridgov.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.core.json.GridJson;
import org.gridgov.core.json.JsonInputException;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.PlanFile;
import org.gridgov.workflow.assessment.CloseTime;
import org.gridgov.workflow.assessment.HistoryFile;
import org.gridgov.workflow.assessment.HistoryRecord;
import org.gridgov.workflow.assessment.IndicatorCalculator;
import org.gridgov.workflow.assessment.IndicatorReport;
import org.gridgov.workflow.assessment.Indicators;
import org.gridgov.workflow.assessment.Period;
import org.gridgov.workflow.calendar.WorkingCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grid indicators --plan PLAN.json --histories FILE.jsonl --from DATE --to DATE [--level
 * grid|community|street|district] [--format json|csv] [--out FILE]}.
 */
@Command(
        name = "indicators",
        mixinStandardHelpOptions = true,
        description = {
            "Computes the assessment indicators of every area of one level of the plan over a period,",
            "from the --histories JSON lines that grid simulate writes: reported, registered, closed,",
            "on-time, in-grid, escalation, rework, extension and satisfaction rates, supervision cards,",
            "working time to close per category. Rates are in [0, 1], null where undefined.",
            "Exit 0 when computed, 2 for bad input."
        })
final class IndicatorsCommand implements Callable<Integer> {
    /** The levels an assessment reports. */
    enum Level {
        grid,
        community,
        street,
        district
    }

    /** Output formats. */
    enum IndicatorFormat {
        json,
        csv
    }

    static final List<String> COLUMNS = List.of(
            "area",
            "level",
            "reported",
            "registered",
            "closed",
            "onTimeRate",
            "inGridRate",
            "escalationRate",
            "reworkRate",
            "extensionRate",
            "yellowCards",
            "redCards",
            "returnVisits",
            "satisfactionRate",
            "visitsDue",
            "visitComplianceRate");

    @Option(
            names = "--plan",
            required = true,
            paramLabel = "PLAN.json",
            converter = InputPaths.ReadableFile.class,
            description = "the plan (grid-plan/1) whose areas are reported")
    Path plan;

    @Option(
            names = "--histories",
            required = true,
            paramLabel = "FILE.jsonl",
            converter = InputPaths.ReadableFile.class,
            description = "matter histories, one JSON object per line, as grid simulate --histories writes them")
    Path histories;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "first day, e.g. 2026-12-01")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "last day, inclusive")
    String to;

    @Option(
            names = "--level",
            defaultValue = "grid",
            description = "grid, community, street or district (default: ${DEFAULT-VALUE})")
    Level level;

    @Option(names = "--format", defaultValue = "json", description = "json or csv (default: ${DEFAULT-VALUE})")
    IndicatorFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the indicators here instead of standard output")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        WorkingCalendar calendar = WorkingCalendar.china();
        LocalDate first = date("--from", from);
        LocalDate last = date("--to", to);
        if (last.isBefore(first)) {
            throw new InvalidInputException("--to", "is on or after --from " + from, to);
        }
        Period period = new Period(first, last, calendar.zone());
        GridPlan areas = PlanFile.read(plan).plan();
        List<HistoryRecord> records = HistoryFile.read(histories);
        checkInPlan(records, areas);
        IndicatorReport report = IndicatorCalculator.of(calendar).compute(records, List.of(), period);
        AreaLevel wanted = AreaLevel.valueOf(level.name().toUpperCase(java.util.Locale.ROOT));
        Set<AreaCode> codes = new TreeSet<>();
        areas.areas(wanted).stream().filter(Area::isActive).map(Area::code).forEach(codes::add);
        report.at(wanted).forEach(i -> codes.add(AreaCode.parse(i.area())));
        List<Indicators> rows = codes.stream().map(report::figures).toList();
        String text = format == IndicatorFormat.csv ? csv(rows) : json(rows);
        Output.write(text, out, spec.commandLine().getOut());
        return Grid.CLEAN;
    }

    private void checkInPlan(List<HistoryRecord> records, GridPlan areas) {
        Set<AreaCode> known = new TreeSet<>();
        areas.areas().forEach(a -> known.add(a.code()));
        for (int i = 0; i < records.size(); i++) {
            AreaCode grid = records.get(i).grid();
            if (!known.contains(grid)) {
                throw new JsonInputException(
                        histories.getFileName() + ":" + (i + 1),
                        "$.grid",
                        "a matter's grid is an area of --plan " + plan.getFileName(),
                        grid.toString());
            }
        }
    }

    private static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(option, "is a date YYYY-MM-DD", text);
        }
    }

    static String json(List<Indicators> rows) {
        ArrayNode all = GridJson.mapper().createArrayNode();
        for (Indicators i : rows) {
            ObjectNode o = all.addObject();
            o.put("area", i.area());
            o.put("level", i.level());
            o.put("reported", i.reported());
            o.put("registered", i.registered());
            o.put("closed", i.closed());
            rate(o, "onTimeRate", i.onTimeRate());
            rate(o, "inGridRate", i.inGridRate());
            rate(o, "escalationRate", i.escalationRate());
            rate(o, "reworkRate", i.reworkRate());
            rate(o, "extensionRate", i.extensionRate());
            o.put("yellowCards", i.yellowCards());
            o.put("redCards", i.redCards());
            o.put("returnVisits", i.returnVisits());
            rate(o, "satisfactionRate", i.satisfactionRate());
            o.put("visitsDue", i.visitsDue());
            rate(o, "visitComplianceRate", i.visitComplianceRate());
            ObjectNode times = o.putObject("closeTimes");
            new TreeMap<>(i.closeTimes()).forEach((category, t) -> closeTime(times.putObject(category), t));
        }
        return all.toPrettyString() + "\n";
    }

    private static void closeTime(ObjectNode o, CloseTime t) {
        o.put("matters", t.matters());
        o.put("meanHours", t.meanHours());
        o.put("p90Hours", t.p90Hours());
    }

    private static void rate(ObjectNode o, String name, Double rate) {
        if (rate == null) {
            o.putNull(name);
        } else {
            o.put(name, rate);
        }
    }

    static String csv(List<Indicators> rows) {
        StringBuilder s = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (Indicators i : rows) {
            s.append(i.area()).append(',').append(i.level());
            for (Object v : List.of(i.reported(), i.registered(), i.closed())) {
                s.append(',').append(v);
            }
            for (Double r : java.util.Arrays.asList(
                    i.onTimeRate(), i.inGridRate(), i.escalationRate(), i.reworkRate(), i.extensionRate())) {
                s.append(',').append(r == null ? "" : r.toString());
            }
            s.append(',')
                    .append(i.yellowCards())
                    .append(',')
                    .append(i.redCards())
                    .append(',')
                    .append(i.returnVisits());
            s.append(',')
                    .append(
                            i.satisfactionRate() == null
                                    ? ""
                                    : i.satisfactionRate().toString());
            s.append(',').append(i.visitsDue());
            s.append(',')
                    .append(
                            i.visitComplianceRate() == null
                                    ? ""
                                    : i.visitComplianceRate().toString());
            s.append('\n');
        }
        return s.toString();
    }
}
