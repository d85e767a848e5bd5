package org.gridgov.examples.matter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.State;
import org.junit.jupiter.api.Test;

class MatterLoopExampleTest {

    @Test
    void theExampleClosesTheLoopAndPrintsAHistoryThatReplays() {
        StringWriter text = new StringWriter();
        Matter closed = MatterLoopExample.run(new PrintWriter(text, true), Instant.parse("2026-02-10T01:00:00Z"));

        assertThat(closed.state()).isEqualTo(State.CLOSED);
        String out = text.toString();
        assertThat(out)
                .contains("replayed: true")
                .contains("RETURN ACCEPTED -> RETURNED by gw-hejianong-2")
                .contains("REWORK RESOLVED -> IN_PROGRESS")
                .contains("CLOSE VERIFIED -> CLOSED")
                .contains("level=GRID ROUTINE")
                .doesNotContain("施元冲")
                .doesNotContain("13800001234");
        assertThat(out.lines().filter(l -> l.matches("  #\\d+ .*"))).hasSize(2 * 13);
    }
}
