package org.gridgov.examples.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gridgov.workflow.admission.AdmissionList;
import org.gridgov.workflow.matter.Taxonomy;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.mode.ModePolicy;
import org.gridgov.workflow.office.Policies;
import org.gridgov.workflow.policy.PolicyJson;
import org.gridgov.workflow.routing.HandlingLevel;
import org.gridgov.workflow.routing.RoutingPolicy;
import org.gridgov.workflow.routing.Severity;
import org.gridgov.workflow.sla.SlaPolicy;
import org.junit.jupiter.api.Test;

/** The policy files shipped as examples in grid-examples/samples read, and mean what they say. */
class SamplePoliciesTest {

    @Test
    void theExamplePolicyFilesRead() {
        RoutingPolicy routing = PolicyJson.read(Path.of("samples/policy-routing.json"), RoutingPolicy.class);
        AdmissionList admissions = PolicyJson.read(Path.of("samples/policy-admissions.json"), AdmissionList.class);
        Taxonomy taxonomy = PolicyJson.read(Path.of("samples/policy-taxonomy.json"), Taxonomy.class);
        ModePolicy modes = PolicyJson.read(Path.of("samples/policy-modes.json"), ModePolicy.class);
        SlaPolicy sla = PolicyJson.sla(Path.of("samples/sla-357.json"));

        assertThat(routing.route("DISPUTE", Severity.LOW, 2, Mode.NORMAL).level())
                .isEqualTo(HandlingLevel.COMMUNITY);
        assertThat(admissions.version()).isEqualTo(2);
        assertThat(taxonomy.categories()).extracting(c -> c.code()).startsWith("DISPUTE", "SANITATION");
        assertThat(modes.reRouteOpenMatters()).isTrue();
        assertThat(modes.authorities()).hasSize(2);
        assertThat(sla.id()).isEqualTo("357");
    }

    @Test
    void anOfficeReadsTheSamplesFolderAsItIs() {
        Policies policies = Policies.read(Path.of("samples"));

        assertThat(policies.sla().id()).isEqualTo("357");
        assertThat(policies.routing()
                        .route("DISPUTE", Severity.LOW, 2, Mode.NORMAL)
                        .level())
                .isEqualTo(HandlingLevel.COMMUNITY);
        assertThat(policies.admissions().version()).isEqualTo(2);
        assertThat(policies.modes().reRouteOpenMatters()).isTrue();
    }
}
