package org.gridgov.examples.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gridgov.workflow.visit.VisitPolicy;
import org.junit.jupiter.api.Test;

/** The sample visit policy is the seeds' policy the module ships, read strictly from the file. */
class VisitSeedsSampleTest {
    @Test
    void theSampleVisitPolicyIsTheShippedSeedsPolicy() {
        VisitPolicy sample = VisitPolicy.read(Path.of("samples/visits-seeds.json"));
        assertThat(sample).isEqualTo(VisitPolicy.seeds());
        assertThat(sample.rules()).hasSize(12);
    }
}
