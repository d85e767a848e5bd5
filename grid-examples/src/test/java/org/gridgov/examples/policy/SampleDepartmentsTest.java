package org.gridgov.examples.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gridgov.workflow.matter.Taxonomy;
import org.gridgov.workflow.policy.PolicyJson;
import org.gridgov.workflow.whistle.Department;
import org.gridgov.workflow.whistle.DepartmentDirectory;
import org.junit.jupiter.api.Test;

/** The sample department directory (网格吹哨、部门报到) reads and fits the sample taxonomy. */
class SampleDepartmentsTest {

    @Test
    void theSampleDirectoryReadsAndEveryCategoryItOwnsIsInTheSampleTaxonomy() {
        DepartmentDirectory directory = DepartmentDirectory.read(Path.of("samples/policy-departments.json"));
        Taxonomy taxonomy = PolicyJson.read(Path.of("samples/policy-taxonomy.json"), Taxonomy.class);

        assertThat(directory.owning("SANITATION"))
                .extracting(Department::id)
                .containsExactly("district:urban-management", "district:housing");
        for (Department d : directory.departments()) {
            for (String category : d.categories()) {
                assertThat(taxonomy.get(category).code()).isEqualTo(category);
            }
        }
    }
}
