package org.gridgov.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gridgov.core.json.GridJson;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.PlanFile;
import org.gridgov.core.register.RegisterFile;
import org.gridgov.core.register.RegisterFinding;
import org.gridgov.core.register.TagCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code grid register check REGISTER.json [--format text|json]}: validates a register against
 * the plan it names (ID numbers, phones, credit codes, every record in one grid of the plan, tags).
 * Output names records by id and values by kind and length: masked.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Validates a register: ID numbers (GB 11643), credit codes (GB 32100; legacy codes reported),",
            "phones, and every record in one grid of the plan it names. Output never shows a personal value.",
            "Exit 0 when clean, 1 when findings exist, 2 when the register or its plan cannot be read."
        })
final class RegisterCheckCommand implements Callable<Integer> {
    @Parameters(
            paramLabel = "REGISTER.json",
            converter = InputPaths.ReadableFile.class,
            description = "a grid-register/1 file")
    Path register;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RegisterFile file = RegisterFile.read(register);
        GridPlan plan = PlanFile.read(file.planPath()).plan();
        List<RegisterFinding> findings = file.check(plan, TagCatalogue.defaults());
        var out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectMapper mapper = GridJson.mapper();
            ObjectNode root = mapper.createObjectNode();
            root.put("register", register.toString());
            root.put("plan", file.plan());
            root.put("district", plan.root().code().toString());
            root.put("records", file.size());
            root.put("clean", findings.isEmpty());
            ArrayNode list = root.putArray("findings");
            for (RegisterFinding f : findings) {
                ObjectNode node = list.addObject();
                node.put("rule", f.rule());
                node.put("subject", f.subject());
                node.put("path", f.path());
                node.put("message", f.message());
            }
            out.println(mapper.writeValueAsString(root));
        } else {
            out.printf(
                    "register %s: %d records in plan %s (%s), revision %d%n",
                    register, file.size(), plan.root().code(), plan.root().name(), plan.revision());
            for (RegisterFinding f : findings) {
                out.printf("%-28s %-10s %s%n", f.rule(), f.subject(), f.message());
            }
            out.println(findings.isEmpty() ? "clean: no findings" : findings.size() + " findings");
        }
        return findings.isEmpty() ? Grid.CLEAN : Grid.FINDINGS;
    }
}
