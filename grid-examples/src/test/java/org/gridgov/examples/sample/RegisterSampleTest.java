package org.gridgov.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.PlanFile;
import org.gridgov.core.register.Register;
import org.gridgov.core.register.RegisterFile;
import org.gridgov.core.register.TagCatalogue;
import org.junit.jupiter.api.Test;

class RegisterSampleTest {
    private static final Path SAMPLES = Path.of("samples");

    @Test
    void theCommittedRegisterIsWhatTheSeededGeneratorMakesFromTheSamplePlan() throws IOException {
        GridPlan plan = PlanFile.read(SAMPLES.resolve("jingkou.plan.json")).plan();
        assertThat(RegisterSample.render(plan)).isEqualTo(Files.readString(SAMPLES.resolve(RegisterSample.NAME)));
    }

    @Test
    void everyInventedPersonHasValidCheckCharactersAndEveryRecordLiesInAGridOfThePlan() {
        RegisterFile file = RegisterFile.read(SAMPLES.resolve(RegisterSample.NAME));
        GridPlan plan = PlanFile.read(file.planPath()).plan();
        assertThat(file.check(plan, TagCatalogue.defaults())).isEmpty();
        Register register = file.toRegister(plan, TagCatalogue.defaults());
        assertThat(register.size()).isEqualTo(2940);
        assertThat(register).hasToString("Register[2043 residents, 807 households, 47 organisations, 43 venues]");
    }
}
