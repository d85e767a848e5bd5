package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.separation.DutySeparation;
import org.gridgov.workflow.separation.SeparationOfDutiesException;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 003 (Nantong): "树立信息搜集、处置、反应闭环机制" - who disposes of a matter is not who checks it,
 * unless the district's own policy file relaxes that for a category ({@code policy-separation.json},
 * format {@code grid-separation/1}, read strictly like the other policy files).
 */
class SeparationFromPolicyFileTest {
    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00");

    private static Path file(Path dir, String json) throws IOException {
        return Files.writeString(dir.resolve("policy-separation.json"), json);
    }

    private Matter resolvedByGw1(GridOffice office) {
        Matter m = office.report(District.sewage(GRID_1), "gw-1");
        m = office.handle(Command.on(m, Action.REGISTER, "disp-1"));
        m = office.handle(Command.on(m, Action.DISPATCH, "disp-1").assigning(Assignment.to("gw-1")));
        for (Action a : List.of(Action.ACCEPT, Action.START, Action.RESOLVE)) {
            clock.advance(Duration.ofMinutes(30));
            m = office.handle(Command.on(m, a, "gw-1"));
        }
        return m;
    }

    @Test
    void aFolderWhosePolicyRelaxesSanitationLetsTheGridWorkerVerifyHisOwnFix(@TempDir Path dir) throws IOException {
        file(dir, "{\"format\": \"grid-separation/1\", \"relaxedFor\": [\"SANITATION\"]}");
        GridOffice office = District.office(clock).policies(dir).build();
        Matter resolved = resolvedByGw1(office);
        assertThat(office.handle(Command.on(resolved, Action.VERIFY, "gw-1")).state())
                .isEqualTo(State.VERIFIED);
    }

    @Test
    void aPolicyRelaxingAnotherCategoryKeepsTheSewageSeparate(@TempDir Path dir) throws IOException {
        file(dir, "{\"format\": \"grid-separation/1\", \"relaxedFor\": [\"DISPUTE\"]}");
        GridOffice office = District.office(clock).policies(dir).build();
        Matter resolved = resolvedByGw1(office);
        assertThatThrownBy(() -> office.handle(Command.on(resolved, Action.VERIFY, "gw-1")))
                .isInstanceOf(SeparationOfDutiesException.class);
    }

    @Test
    void theFileIsReadStrictlyNamingTheFileThePathAndTheValue(@TempDir Path dir) throws IOException {
        Path unknown = file(dir, "{\"format\": \"grid-separation/1\", \"relaxedFor\": [], \"relaxFor\": [\"X\"]}");
        assertThatThrownBy(() -> DutySeparation.read(unknown))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("policy-separation.json")
                .hasMessageContaining("relaxFor");

        Path lower = file(dir, "{\"format\": \"grid-separation/1\", \"relaxedFor\": [\"SANITATION\", \"sanitation\"]}");
        assertThatThrownBy(() -> DutySeparation.read(lower))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("relaxedFor[1]")
                .hasMessageContaining("sanitation");

        Path twice = file(dir, "{\"format\": \"grid-separation/1\", \"relaxedFor\": [\"SANITATION\", \"SANITATION\"]}");
        assertThatThrownBy(() -> DutySeparation.read(twice))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("relaxedFor[1]")
                .hasMessageContaining("each category once");

        Path format = file(dir, "{\"format\": \"grid-separation/2\", \"relaxedFor\": []}");
        assertThatThrownBy(() -> DutySeparation.read(format))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("format")
                .hasMessageContaining("grid-separation/2");

        Path missing = file(dir, "{\"format\": \"grid-separation/1\"}");
        assertThatThrownBy(() -> DutySeparation.read(missing))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("relaxedFor");

        assertThat(DutySeparation.read(file(dir, "{\"format\": \"grid-separation/1\", \"relaxedFor\": []}")))
                .isEqualTo(DutySeparation.strict());
    }
}
