package org.gridgov.workflow.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;
import org.gridgov.workflow.admission.AdmissionChange.Kind;
import org.gridgov.workflow.policy.PolicyJson;
import org.gridgov.workflow.testing.Jingkou;
import org.junit.jupiter.api.Test;

class AdmissionListTest {
    private static AdmissionApplication application(String id, String code, LocalDate until) {
        return new AdmissionApplication(
                id,
                code,
                "事项 " + code,
                "区住建局",
                LocalDate.parse("2026-01-05"),
                LocalDate.parse("2026-01-10"),
                until,
                Set.of(Jingkou.DISTRICT),
                new Funding(new BigDecimal("50000"), Funding.Basis.PER_YEAR, "区财政"));
    }

    @Test
    void everyChangeRaisesTheVersionAndIsRecorded() {
        AdmissionList list = AdmissionList.empty()
                .apply(application("A1", "ELEVATOR_SAFETY_CHECK", null), "dept:housing")
                .apply(application("A2", "RENTAL_HOUSING_SURVEY", null), "dept:housing")
                .approve("A1", "京口区委", "district", LocalDate.parse("2026-01-08"))
                .reject("A2", "district", LocalDate.parse("2026-01-08"), "属部门本职,不得下沉网格")
                .revoke("ELEVATOR_SAFETY_CHECK", "district", LocalDate.parse("2026-09-01"), "改由物业承担");
        assertThat(list.version()).isEqualTo(5);
        assertThat(list.changes())
                .extracting(AdmissionChange::kind)
                .containsExactly(Kind.APPLIED, Kind.APPLIED, Kind.APPROVED, Kind.REJECTED, Kind.REVOKED);
        assertThat(list.changes()).extracting(AdmissionChange::version).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(list.items()).isEmpty();
        assertThat(list.pending()).isEmpty();
        assertThat(list.changes().get(3).reason()).isEqualTo("属部门本职,不得下沉网格");
    }

    @Test
    void anApprovedItemCarriesItsApprovalAndFunding() {
        AdmissionList list = AdmissionList.empty()
                .apply(application("A1", "ELEVATOR_SAFETY_CHECK", null), "dept:housing")
                .approve("A1", "京口区委", "district", LocalDate.parse("2026-01-08"));
        AdmittedItem item = list.item("ELEVATOR_SAFETY_CHECK").orElseThrow();
        assertThat(item.approvedBy()).isEqualTo("京口区委");
        assertThat(item.approvedOn()).isEqualTo(LocalDate.parse("2026-01-08"));
        assertThat(item.department()).isEqualTo("区住建局");
        assertThat(item.funding().amountYuan()).isEqualByComparingTo("50000");
        assertThat(item.isTemporary()).isFalse();
    }

    @Test
    void rejectedChangesLeaveTheListAsItWas() {
        AdmissionList list =
                AdmissionList.empty().apply(application("A1", "ELEVATOR_SAFETY_CHECK", null), "dept:housing");
        assertThatThrownBy(() -> list.approve("A9", "京口区委", "district", LocalDate.parse("2026-01-08")))
                .isInstanceOf(UnknownIdException.class);
        assertThatThrownBy(() -> list.reject("A1", "district", LocalDate.parse("2026-01-08"), " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("reason"));
        assertThatThrownBy(() -> list.apply(application("A2", "ELEVATOR_SAFETY_CHECK", null), "dept:housing"))
                .isInstanceOf(InvalidInputException.class);
        assertThat(list.version()).isEqualTo(1);
        assertThat(list.pending()).hasSize(1);
    }

    @Test
    void aValidityWindowEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> application("A1", "X_ITEM", LocalDate.parse("2026-01-01")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("validUntil"));
    }

    @Test
    void theListSurvivesAJsonRoundTripWithItsHistory() {
        AdmissionList list = AdmissionList.empty()
                .apply(application("A1", "ELEVATOR_SAFETY_CHECK", LocalDate.parse("2026-12-31")), "dept:housing")
                .approve("A1", "京口区委", "district", LocalDate.parse("2026-01-08"))
                .apply(application("A2", "RENTAL_HOUSING_SURVEY", null), "dept:housing");
        String json = PolicyJson.write(list);
        assertThat(json).contains("\"approvedOn\" : \"2026-01-08\"");
        assertThat(PolicyJson.read("admissions.json", json, AdmissionList.class))
                .isEqualTo(list);
    }

    @Test
    void aBadDateInTheFileIsNamedByItsPath() {
        String json =
                "{\"version\":1,\"items\":[{\"code\":\"X_ITEM\",\"name\":\"x\",\"department\":\"d\",\"approvedBy\":\"b\","
                        + "\"approvedOn\":\"2026-13-01\",\"validFrom\":\"2026-01-01\",\"areas\":[\"321102\"],"
                        + "\"funding\":{\"amountYuan\":1,\"basis\":\"PER_YEAR\",\"source\":\"s\"}}],\"changes\":[]}";
        assertThatThrownBy(() -> PolicyJson.read("admissions.json", json, AdmissionList.class))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.path()).isEqualTo("admissions.json: $.items[0].approvedOn"));
    }
}
