package org.gridgov.workflow.office;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.admission.AdmissionList;
import org.gridgov.workflow.matter.Taxonomy;
import org.gridgov.workflow.mode.ModePolicy;
import org.gridgov.workflow.policy.PolicyJson;
import org.gridgov.workflow.routing.RoutingPolicy;
import org.gridgov.workflow.sla.SlaPolicy;

/**
 * The policies an office runs under: categories, routing, the admission list it starts from, who
 * may switch modes, and SLA time limits. Immutable.
 *
 * <p>{@link #read(Path)} reads a folder laid out as {@code grid-examples/samples} is:
 * {@code policy-taxonomy.json}, {@code policy-routing.json}, {@code policy-admissions.json},
 * {@code policy-modes.json} and one {@code sla-*.json} ({@code sla-events-*.json} files are event
 * scripts and are skipped); a missing file leaves the default. The files are checked together: an
 * SLA or routing rule naming a category the taxonomy lacks is refused, naming the file and path.
 *
 * @param taxonomy the categories
 * @param routing the routing rules
 * @param admissions the admission list a new office starts from
 * @param modes who may switch modes and whether open matters are re-routed
 * @param sla the SLA policy
 */
public record Policies(
        Taxonomy taxonomy, RoutingPolicy routing, AdmissionList admissions, ModePolicy modes, SlaPolicy sla) {

    /** Checks that no part is null. */
    public Policies {
        requireNonNull(taxonomy, "taxonomy");
        requireNonNull(routing, "routing");
        requireNonNull(admissions, "admissions");
        requireNonNull(modes, "modes");
        requireNonNull(sla, "sla");
    }

    /** The defaults: default taxonomy and routing, empty admission list, nobody may switch modes, "357". */
    public static Policies defaults() {
        return new Policies(
                Taxonomy.defaults(),
                RoutingPolicy.defaults(),
                AdmissionList.empty(),
                new ModePolicy(List.of(), false),
                SlaPolicy.the357());
    }

    /**
     * The policies in a folder; see the class documentation.
     *
     * @throws InvalidInputException naming the file and JSON path of a broken rule or of a category
     *     the taxonomy lacks, or if the folder holds more than one SLA policy
     */
    public static Policies read(Path folder) {
        requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException("policies", "a folder of policy files", folder.toString());
        }
        Policies d = defaults();
        Path taxonomy = folder.resolve("policy-taxonomy.json");
        Path routing = folder.resolve("policy-routing.json");
        Path admissions = folder.resolve("policy-admissions.json");
        Path modes = folder.resolve("policy-modes.json");
        List<Path> slas;
        try (Stream<Path> files = Files.list(folder)) {
            slas = files.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.startsWith("sla-") && n.endsWith(".json") && !n.startsWith("sla-events");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (slas.size() > 1) {
            throw new InvalidInputException(
                    folder.getFileName() + ":sla-*.json",
                    "one SLA policy file per folder",
                    slas.stream().map(p -> p.getFileName().toString()).toList());
        }
        Policies read = new Policies(
                Files.exists(taxonomy) ? PolicyJson.taxonomy(taxonomy) : d.taxonomy(),
                Files.exists(routing) ? PolicyJson.routing(routing) : d.routing(),
                Files.exists(admissions) ? PolicyJson.admissions(admissions) : d.admissions(),
                Files.exists(modes) ? PolicyJson.modePolicy(modes) : d.modes(),
                slas.isEmpty() ? d.sla() : PolicyJson.sla(slas.get(0)));
        read.crossCheck(
                slas.isEmpty() ? null : slas.get(0).getFileName().toString(),
                Files.exists(routing) ? "policy-routing.json" : null);
        return read;
    }

    /**
     * Policies loaded together name only categories the taxonomy has: a typo in an SLA or routing
     * rule would otherwise never match, silently. Only the folder's own files are checked ({@code
     * null}: the default, which a district's taxonomy need not cover).
     */
    private void crossCheck(String slaFile, String routingFile) {
        for (int i = 0; slaFile != null && i < sla.rules().size(); i++) {
            for (String code : sla.rules().get(i).when().categories()) {
                requireCategory(slaFile + ": $.rules[" + i + "].when.categories", code);
            }
        }
        for (int i = 0; routingFile != null && i < routing.rules().size(); i++) {
            for (String code : routing.rules().get(i).categories()) {
                requireCategory(routingFile + ": $.rules[" + i + "].categories", code);
            }
        }
    }

    private void requireCategory(String path, String code) {
        if (taxonomy.find(code).isEmpty()) {
            throw new InvalidInputException(
                    path,
                    "names a category of the taxonomy; known are "
                            + taxonomy.categories().stream().map(c -> c.code()).toList(),
                    code);
        }
    }

    /** These policies with another SLA policy. */
    public Policies withSla(SlaPolicy value) {
        return new Policies(taxonomy, routing, admissions, modes, value);
    }

    /** These policies with other routing rules. */
    public Policies withRouting(RoutingPolicy value) {
        return new Policies(taxonomy, value, admissions, modes, sla);
    }

    /** These policies with another mode policy. */
    public Policies withModes(ModePolicy value) {
        return new Policies(taxonomy, routing, admissions, value, sla);
    }

    /** These policies with another starting admission list. */
    public Policies withAdmissions(AdmissionList value) {
        return new Policies(taxonomy, routing, value, modes, sla);
    }
}
