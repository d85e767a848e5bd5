package org.gridgov.examples.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The modules' main code, all four at once (grid-examples' tests see every module): packages free
 * of cycles, no JTS outside grid-geo, no module in another's {@code internal} package except where
 * module-info exports it to that module. Each rule is also run on a deliberately broken fixture to
 * show that it fails where it should.
 */
class ArchitectureTest {
    private static final String ROOT = "org.gridgov";
    private static final String FIXTURE = "org.gridgov.examples.architecture.fixture";

    private static JavaClasses main;
    private static JavaClasses fixture;
    private static ModuleExports.Found exports;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/architecture/fixture/"))
                .importPackages(ROOT);
        fixture = new ClassFileImporter().importPackages(FIXTURE);
        exports = ModuleExports.read(ROOT + ".");
    }

    @Test
    void everyModuleIsImported() {
        assertThat(main.contain("org.gridgov.core.plan.GridPlan")).isTrue();
        assertThat(main.contain("org.gridgov.geo.locate.PlanLocator")).isTrue();
        assertThat(main.contain("org.gridgov.workflow.engine.MatterEngine")).isTrue();
        assertThat(main.contain("org.gridgov.examples.cli.Grid")).isTrue();
        assertThat(exports.modules())
                .contains("org.gridgov.core", "org.gridgov.geo", "org.gridgov.workflow", "org.gridgov.examples");
    }

    @Test
    void packagesAreFreeOfCycles() {
        ArchitectureRules.noPackageCycles(ROOT).check(main);
    }

    @Test
    void workflowNeverReachesJts() {
        ArchitectureRules.neverReachesJts(ROOT, "workflow").check(main);
    }

    @Test
    void coreNeverReachesJts() {
        ArchitectureRules.neverReachesJts(ROOT, "core").check(main);
    }

    @Test
    void internalPackagesStayInTheirModule() {
        ArchitectureRules.internalsStayInTheirModule(ROOT, exports.exportedTo()).check(main);
    }

    @Test
    void aCycleBetweenTwoPackagesFails() {
        EvaluationResult result = ArchitectureRules.noPackageCycles(FIXTURE).evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString().replaceAll("\\s+", " "))
                .contains("Cycle detected: workflow.matter -> workflow.routing -> workflow.matter");
    }

    @Test
    void aJtsTypeInWorkflowFails() {
        EvaluationResult result =
                ArchitectureRules.neverReachesJts(FIXTURE, "workflow").evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line ->
                        assertThat(line).contains("ReachesJts").contains("org.locationtech.jts.geom.Coordinate"));
        assertThat(ArchitectureRules.neverReachesJts(FIXTURE, "core")
                        .evaluate(fixture)
                        .hasViolation())
                .isFalse();
    }

    @Test
    void anotherModulesInternalPackageFailsUnlessExportedToTheUser() {
        EvaluationResult closed =
                ArchitectureRules.internalsStayInTheirModule(FIXTURE, Map.of()).evaluate(fixture);
        EvaluationResult exportedToGeo = ArchitectureRules.internalsStayInTheirModule(
                        FIXTURE, Map.of(FIXTURE + ".core.internal", Set.of(FIXTURE + ".geo")))
                .evaluate(fixture);

        assertThat(closed.getFailureReport().getDetails())
                .isNotEmpty()
                .allSatisfy(
                        line -> assertThat(line).contains("UsesCoreInternal").contains("core.internal.Hidden"));
        assertThat(exportedToGeo.hasViolation()).isFalse();
    }
}
