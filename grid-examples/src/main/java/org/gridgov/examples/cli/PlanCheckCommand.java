package org.gridgov.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gridgov.core.Finding;
import org.gridgov.core.json.GridJson;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.PlanFile;
import org.gridgov.core.sizing.SizingCheck;
import org.gridgov.core.staffing.StaffingCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code grid plan check PLAN.json}: sizing and staffing findings of a plan. The sizing findings are
 * the grids outside the bands and the grids whose declared households or population disagree with
 * what their places count beyond the default {@link org.gridgov.core.sizing.CountTolerance}.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Loads a plan and prints its sizing and staffing findings.",
            "Sizing: households and population outside the bands, and declared figures",
            "that disagree with what the grid's places count (sizing.counted-*).",
            "Exit 0 when clean, 1 when findings exist, 2 for bad input."
        })
final class PlanCheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PLAN.json", converter = InputPaths.ReadableFile.class, description = "a grid-plan/1 file")
    Path plan;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PlanFile file = PlanFile.read(plan);
        GridPlan gridPlan = file.plan();
        List<Finding> findings = new ArrayList<>();
        SizingCheck sizing = SizingCheck.defaults();
        findings.addAll(sizing.check(gridPlan));
        findings.addAll(sizing.mismatches(gridPlan));
        findings.addAll(StaffingCheck.defaults().check(gridPlan, file.roster()));
        var out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectMapper mapper = GridJson.mapper();
            ObjectNode root = mapper.createObjectNode();
            root.put("plan", gridPlan.root().code().toString());
            root.put("revision", gridPlan.revision());
            root.put("grids", gridPlan.grids().size());
            root.put("clean", findings.isEmpty());
            ArrayNode list = root.putArray("findings");
            for (Finding f : findings) {
                ObjectNode node = list.addObject();
                node.put("rule", f.rule());
                node.put("subject", f.subject());
                node.put("message", f.message());
                node.set("details", mapper.valueToTree(f));
            }
            out.println(mapper.writeValueAsString(root));
        } else {
            out.printf(
                    "plan %s (%s), revision %d: %d grids, %d places, %d people%n",
                    gridPlan.root().code(),
                    gridPlan.root().name(),
                    gridPlan.revision(),
                    gridPlan.grids().size(),
                    gridPlan.places().size(),
                    file.roster().people().size());
            for (Finding f : findings) {
                out.printf("%-28s %-18s %s%n", f.rule(), f.subject(), f.message());
            }
            out.println(findings.isEmpty() ? "clean: no findings" : findings.size() + " findings");
        }
        return findings.isEmpty() ? Grid.CLEAN : Grid.FINDINGS;
    }
}
