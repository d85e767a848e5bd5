package org.gridgov.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.core.plan.TestPlans.DISTRICT;
import static org.gridgov.core.register.ScopeMatrix.PURPOSE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.core.access.Actor;
import org.gridgov.core.audit.AuditTrail;
import org.gridgov.core.json.GridJson;
import org.junit.jupiter.api.Test;

/** Nothing a register hands out shows a clear personal value: not toString, not JSON, not the audit trail. */
class MaskingTest {
    private final AuditTrail trail =
            AuditTrail.inMemory(Clock.fixed(Instant.parse("2026-03-02T04:00:00Z"), ZoneOffset.UTC));
    private final RegisterOffice office = RegisterOffice.open(TestRegisters.small(), trail);
    private final Actor district = Actor.officer("D-01", DISTRICT);

    @Test
    void a_resident_shows_masked_values_and_only_the_number_of_tags() throws Exception {
        Resident r = office.resident(district, "R-0003", PURPOSE);
        assertThat(r).hasToString("Resident[R-0003, 321102001001002, 张*, 321102********4010, 0511-******45, 2 tags]");
        assertThat(GridJson.mapper().writeValueAsString(r))
                .contains("\"idNumber\" : \"321102********4010\"", "\"tagCount\" : 2")
                .doesNotContain("RELEASED_PRISONER", "FLOATING_POPULATION");
    }

    @Test
    void no_clear_value_in_any_record_its_json_or_the_audit_trail() throws Exception {
        ObjectMapper json = GridJson.mapper();
        List<Object> everything = new ArrayList<>();
        everything.addAll(office.residents(district, DISTRICT, PURPOSE));
        everything.addAll(office.households(district, DISTRICT, PURPOSE));
        everything.addAll(office.organisations(district, DISTRICT, PURPOSE));
        everything.addAll(office.venues(district, DISTRICT, PURPOSE));
        office.reveal(district, "R-0001", Field.NAME, PURPOSE);
        StringBuilder shown = new StringBuilder();
        for (Object o : everything) {
            shown.append(o).append('\n').append(json.writeValueAsString(o)).append('\n');
        }
        shown.append(trail.entries()).append(office).append(TestRegisters.small());
        assertThat(everything).hasSize(4 + 2 + 2 + 1);
        for (String clear : TestRegisters.CLEAR_VALUES) {
            assertThat(shown.toString()).doesNotContain(clear);
        }
        assertThat(shown.toString()).contains("王*", "139****1234", "江苏省镇江市***", "123211********1229");
    }
}
