package org.gridgov.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.gridgov.core.GridException;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.office.Policies;
import org.gridgov.workflow.policy.PolicyJson;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.testkit.PolicyKit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grid policy test --policies DIR --scenarios DIR [--junit-xml FILE]}: runs every scenario
 * file ({@code *.json}, format {@code grid-policy-test/1}, see {@link PolicyScenarioFile}) of a
 * folder on a {@link PolicyKit} built from the policy folder, and prints {@code PASS} or
 * {@code FAIL} per scenario; a failure names the scenario, the step, the expectation and the actual
 * value (instant), then the matter's timeline. Exit 0 if all pass, 1 if any fails, 2 for bad input
 * (a malformed scenario or policy file). {@code --junit-xml} writes a JUnit XML report for a
 * district's CI, atomically.
 */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = {
            "Runs policy test scenarios (grid-policy-test/1 JSON) against a district's policy folder.",
            "Exit 0 all pass, 1 any fails, 2 bad input."
        })
final class PolicyTestCommand implements Callable<Integer> {
    @Option(
            names = "--policies",
            required = true,
            paramLabel = "DIR",
            converter = InputPaths.ReadableFolder.class,
            description = "the policy folder (policy-*.json, one sla-*.json), e.g. samples")
    Path policies;

    @Option(
            names = "--scenarios",
            required = true,
            paramLabel = "DIR",
            converter = InputPaths.ReadableFolder.class,
            description = "a folder of scenario files, e.g. samples/policy-tests")
    Path scenarios;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "also write a JUnit XML report here")
    Path junitXml;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Policies loaded = Policies.read(policies);
        List<Path> files = scenarioFiles();
        List<PolicyScenarioFile> read = new ArrayList<>();
        for (Path f : files) {
            read.add(PolicyJson.read(f, PolicyScenarioFile.class)); // all read before any runs
        }
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            results.add(run(files.get(i).getFileName().toString(), read.get(i), loaded));
        }
        StringBuilder out = new StringBuilder();
        long failed = results.stream().filter(r -> r.failure != null).count();
        for (Result r : results) {
            out.append(r.failure == null ? "PASS " : "FAIL ")
                    .append(r.file)
                    .append(": ")
                    .append(r.name)
                    .append('\n');
            if (r.failure != null) {
                r.failure.lines().forEach(l -> out.append("  ").append(l).append('\n'));
            }
        }
        out.append(results.size())
                .append(" scenarios: ")
                .append(results.size() - failed)
                .append(" passed, ")
                .append(failed)
                .append(" failed\n");
        if (junitXml != null) {
            Output.write(JunitXml.of(results), junitXml, spec.commandLine().getOut(), "--junit-xml");
        }
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return failed == 0 ? Grid.CLEAN : Grid.FINDINGS;
    }

    private List<Path> scenarioFiles() {
        try (Stream<Path> list = Files.list(scenarios)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                throw new InvalidInputException("--scenarios", "a folder with at least one *.json scenario", scenarios);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One scenario's outcome: {@code failure} is null when it passed. */
    record Result(String file, String name, int expectations, String failure) {}

    private static Result run(String file, PolicyScenarioFile s, Policies policies) {
        PolicyKit kit = PolicyKit.builder()
                .policies(policies)
                .start(s.start().toString())
                .build();
        Map<String, MatterId> matters = new HashMap<>();
        int expectations = 0;
        for (int i = 0; i < s.steps().size(); i++) {
            PolicyScenarioFile.Step step = s.steps().get(i);
            try {
                if (step.expect() != null) {
                    expectations++;
                }
                apply(kit, step, matters);
            } catch (InvalidInputException e) {
                throw e.under(file + ": $.steps[" + i + "]");
            } catch (AssertionError | GridException e) {
                return new Result(file, s.name(), expectations, "steps[" + i + "]: " + e.getMessage());
            }
        }
        return new Result(file, s.name(), expectations, null);
    }

    private static void apply(PolicyKit kit, PolicyScenarioFile.Step step, Map<String, MatterId> matters) {
        if (step.report() != null) {
            Severity severity = step.severity() == null ? Severity.LOW : step.severity();
            matters.put(step.as(), kit.report(step.report(), AreaCode.parse(step.area()), severity));
        } else if (step.act() != null) {
            kit.as(step.by() == null ? "gw-1" : step.by());
            kit.act(matter(matters, step.matter(), "matter"), step.act().toArray(new Action[0]));
        } else if (step.advance() != null) {
            kit.advance(step.advance());
        } else if (step.advanceTo() != null) {
            kit.advanceTo(step.advanceTo().toString());
        } else {
            MatterId m = matter(matters, step.expect(), "expect");
            if (step.routedTo() != null) {
                kit.assertThat(m).isRoutedTo(step.routedTo());
            } else if (step.due() != null) {
                kit.assertThat(m).isDue(metric(step.due(), "due"), step.at().toString());
            } else {
                String s = step.fired() != null ? step.fired() : step.notFired();
                String[] parts = s.split("/", -1);
                Metric metric = metric(parts[0], step.fired() != null ? "fired" : "notFired");
                if (step.fired() != null) {
                    kit.assertThat(m).hasFired(metric, parts[1], step.at().toString());
                } else {
                    kit.assertThat(m).hasNotFired(metric, parts[1]);
                }
            }
        }
    }

    private static MatterId matter(Map<String, MatterId> matters, String name, String path) {
        MatterId id = matters.get(name);
        if (id == null) {
            throw new InvalidInputException(path, "names a matter an earlier report step named (as)", name);
        }
        return id;
    }

    private static Metric metric(String name, String path) {
        for (Metric m : Metric.values()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        throw new InvalidInputException(path, "a metric, one of " + List.of(Metric.values()), name);
    }
}
