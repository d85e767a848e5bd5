package org.gridgov.workflow.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.mode.Mode;
import org.gridgov.workflow.policy.PolicyJson;
import org.junit.jupiter.api.Test;

class RoutingPolicyTest {

    @Test
    void aPolicyWhoseLastRuleHasConditionsIsRefusedBecauseSomeMatterWouldGoUnrouted() {
        RoutingRule onlyDisputes =
                new RoutingRule("disputes", Set.of("DISPUTE"), null, 1, Set.of(), HandlingLevel.GRID);
        assertThatThrownBy(() -> new RoutingPolicy(List.of(onlyDisputes)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("rules[0]"));
    }

    @Test
    void ruleIdsAreUnique() {
        RoutingRule a = RoutingRule.otherwise("same", HandlingLevel.GRID);
        assertThatThrownBy(() -> new RoutingPolicy(List.of(a, a)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("rules[1].id"));
    }

    @Test
    void aHostWritesItsRulesAsJson() {
        String json = "{\"rules\":["
                + "{\"id\":\"flood-season\",\"categories\":[\"SAFETY_HAZARD\"],\"modes\":[\"EMERGENCY\"],\"level\":\"DISTRICT\"},"
                + "{\"id\":\"two-grids\",\"minGrids\":2,\"level\":\"COMMUNITY\"},"
                + "{\"id\":\"rest\",\"level\":\"GRID\"}]}";
        RoutingPolicy policy = PolicyJson.read("routing.json", json, RoutingPolicy.class);
        assertThat(policy.route("SAFETY_HAZARD", Severity.LOW, 1, Mode.EMERGENCY)
                        .level())
                .isEqualTo(HandlingLevel.DISTRICT);
        assertThat(policy.route("SAFETY_HAZARD", Severity.LOW, 1, Mode.NORMAL).level())
                .isEqualTo(HandlingLevel.GRID);
        assertThat(policy.route("DISPUTE", Severity.LOW, 2, Mode.NORMAL).rule()).isEqualTo("two-grids");
        assertThat(policy.version()).as("a file without a version is version 1").isEqualTo(1);
    }

    @Test
    void everyRoutingRecordsThePolicyVersionItWasDecidedUnder() {
        String json = "{\"version\":3,\"rules\":[{\"id\":\"rest\",\"level\":\"GRID\"}]}";
        RoutingPolicy policy = PolicyJson.read("routing.json", json, RoutingPolicy.class);
        assertThat(policy.route("DISPUTE", Severity.LOW, 1, Mode.NORMAL).policyVersion())
                .isEqualTo(3);
        assertThatThrownBy(() -> PolicyJson.read(
                        "routing.json",
                        "{\"version\":0,\"rules\":[{\"id\":\"rest\",\"level\":\"GRID\"}]}",
                        RoutingPolicy.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("routing.json: $.version");
                    assertThat(e.rule()).contains("1 or more");
                });
    }

    @Test
    void theDefaultsSurviveAJsonRoundTrip() {
        String json = PolicyJson.write(RoutingPolicy.defaults());
        assertThat(PolicyJson.read("defaults.json", json, RoutingPolicy.class)).isEqualTo(RoutingPolicy.defaults());
    }

    @Test
    void aBadLevelIsNamedByFileAndJsonPath() {
        String json = "{\"rules\":[{\"id\":\"a\",\"level\":\"GRID\"},{\"id\":\"b\",\"level\":\"PROVINCE\"}]}";
        assertThatThrownBy(() -> PolicyJson.read("routing.json", json, RoutingPolicy.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("routing.json: $.rules[1].level");
                    assertThat(e.value()).isEqualTo("'PROVINCE'");
                });
    }

    @Test
    void aRuleBreakingItsOwnCheckIsNamedByFileAndJsonPath() {
        String json =
                "{\"rules\":[{\"id\":\"a\",\"minGrids\":-2,\"level\":\"GRID\"},{\"id\":\"b\",\"level\":\"GRID\"}]}";
        assertThatThrownBy(() -> PolicyJson.read("routing.json", json, RoutingPolicy.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("routing.json: $.rules[0].minGrids");
                    assertThat(e.value()).isEqualTo("-2");
                });
    }

    @Test
    void anUnknownPropertyIsNamed() {
        String json = "{\"rules\":[{\"id\":\"a\",\"level\":\"GRID\",\"colour\":\"red\"}]}";
        assertThatThrownBy(() -> PolicyJson.read("routing.json", json, RoutingPolicy.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("routing.json: $.rules[0].colour");
                    assertThat(e.value()).isEqualTo("an unknown field");
                });
    }

    @Test
    void malformedJsonIsAnInvalidInputNotACrash() {
        assertThatThrownBy(() -> PolicyJson.read("routing.json", "{\"rules\":[{", RoutingPolicy.class))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).startsWith("routing.json:"));
    }
}
