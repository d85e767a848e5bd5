package org.gridgov.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.policy.PolicyJson;
import org.gridgov.workflow.time.TimeLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SLA policy files ({@code grid-sla/1}): the shipped "357", round trips, and errors that say where. */
class SlaPolicyJsonTest {
    private static final String MINIMAL = "{\"format\":\"grid-sla/1\",\"id\":\"t\",\"version\":3,"
            + "\"clocks\":[{\"metric\":\"RESOLUTION\",\"startOn\":[\"REGISTER\"],\"stopOn\":[\"CLOSE\"]}],"
            + "\"ladders\":{\"l\":[{\"id\":\"s1\",\"kind\":\"NOTIFY\",\"after\":\"0h\",\"role\":\"community-head\"}]},"
            + "\"rules\":[{\"id\":\"all\",\"targets\":[{\"metric\":\"RESOLUTION\",\"limit\":\"5wd\",\"ladder\":\"l\"}]}]}";

    @Test
    void theShipped357HasThreeHoursFiveAndSevenWorkingDays() {
        SlaPolicy p = SlaPolicy.the357();
        assertThat(p.id()).isEqualTo("357");
        assertThat(p.version()).isEqualTo(1);
        assertThat(p.select(
                                Metric.RESPONSE,
                                MatterFacts.reported("SANITATION", org.gridgov.workflow.routing.Severity.LOW))
                        .target()
                        .limit())
                .isEqualTo(TimeLimit.parse("3h"));
        assertThat(p.rules().stream()
                        .flatMap(r -> r.targets().stream())
                        .map(t -> t.limit().toString()))
                .contains("3h", "5wd", "7wd", "2wd");
        assertThat(p.thresholds()).isEqualTo(Threshold.DEFAULTS);
    }

    @Test
    void writingAndReadingGivesAnEqualPolicy() {
        SlaPolicy p = SlaPolicy.the357();
        assertThat(PolicyJson.read("again.json", PolicyJson.write(p), SlaPolicy.class))
                .isEqualTo(p);
        SlaPolicy minimal = PolicyJson.read("t.json", MINIMAL, SlaPolicy.class);
        assertThat(minimal.version()).isEqualTo(3);
        assertThat(minimal.thresholds())
                .as("absent thresholds are the defaults")
                .isEqualTo(Threshold.DEFAULTS);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"limit\":\"5wd\"|t.json: $.rules[0].targets[0].limit|'5d'|whole number followed by wd",
                "\"ladder\":\"l\"|t.json: $.rules[0].targets[0].ladder|'x'|names a ladder of the policy",
                "\"version\":3|t.json: $.version|0|version is 1 or more",
                "\"format\":\"grid-sla/1\"|t.json: $.format|'grid-sla/0'|format grid-sla/1",
                "\"after\":\"0h\"|t.json: $.ladders.l[0].after|'soon'|whole number followed by wd",
                "\"kind\":\"NOTIFY\"|t.json: $.ladders.l[0].kind|'WARN'|one of NOTIFY",
                "\"startOn\":[\"REGISTER\"]|t.json: $.clocks[0]|'[]'|starts on at least one action",
                "\"role\":\"community-head\"|t.json: $.ladders.l[0].role|' '|names the role or unit"
            })
    void errorsNameTheFileTheJsonPathTheRuleAndTheValue(String good, String path, String value, String rule) {
        String bad = switch (path) {
            case "t.json: $.rules[0].targets[0].limit" -> "\"limit\":\"5d\"";
            case "t.json: $.rules[0].targets[0].ladder" -> "\"ladder\":\"x\"";
            case "t.json: $.version" -> "\"version\":0";
            case "t.json: $.format" -> "\"format\":\"grid-sla/0\"";
            case "t.json: $.ladders.l[0].after" -> "\"after\":\"soon\"";
            case "t.json: $.ladders.l[0].kind" -> "\"kind\":\"WARN\"";
            case "t.json: $.clocks[0]" -> "\"startOn\":[]";
            default -> "\"role\":\" \"";
        };
        assertThat(MINIMAL).contains(good);
        assertThatThrownBy(() -> PolicyJson.read("t.json", MINIMAL.replace(good, bad), SlaPolicy.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).startsWith(path);
                    assertThat(e.rule()).contains(rule);
                    assertThat(e.value()).contains(value.replace("'", ""));
                });
    }

    /** Malformed files are bad input naming the file, never a crash. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"clocks\":[{|\"clocks\":[null,{",
                "\"startOn\":[\"REGISTER\"]|\"startOn\":[null]",
                "\"startOn\":[\"REGISTER\"]|\"startOn\":[\"TELEPORT\"]",
                "\"targets\":[{|\"targets\":[null,{",
                "\"ladders\":{\"l\":[|\"ladders\":{\"k\":null,\"l\":[",
                "\"rules\":[{\"id\":\"all\",|\"rules\":[{\"id\":\"all\",\"when\":{\"whistles\":[null]},",
                "\"version\":3|\"version\":\"three\"",
                "\"metric\":\"RESOLUTION\",\"limit\"|\"metric\":null,\"limit\"",
                "{\"format\"|[{\"format\""
            })
    void malformedFilesAreBadInputNamingTheFile(String from, String to) {
        assertThat(MINIMAL).contains(from);
        assertThatThrownBy(() -> PolicyJson.read("t.json", MINIMAL.replace(from, to), SlaPolicy.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("t.json:");
    }

    @Test
    void aDuplicateKeyIsAnErrorNotALastWins() {
        String twice = MINIMAL.replace("\"limit\":\"5wd\"", "\"limit\":\"5wd\",\"limit\":\"15wd\"");
        assertThatThrownBy(() -> PolicyJson.read("t.json", twice, SlaPolicy.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("t.json: $.rules[0].targets[0].limit: each key at most once");
        String noVersion = MINIMAL.replace("\"version\":3,", "");
        assertThatThrownBy(() -> PolicyJson.read("t.json", noVersion, SlaPolicy.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("t.json: $.version");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0h", "0m", "0wh", "0wm"})
    void aTargetOfNoTimeIsRefusedInEveryUnit(String zero) {
        String bad = MINIMAL.replace("\"limit\":\"5wd\"", "\"limit\":\"" + zero + "\"");

        assertThatThrownBy(() -> PolicyJson.read("t.json", bad, SlaPolicy.class))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).startsWith("t.json: $.rules[0].targets[0]");
                    assertThat(e.rule()).contains("more than zero");
                });
    }

    @Test
    void aTargetForAMetricWithoutClockIsRefused() {
        String bad = MINIMAL.replace("\"metric\":\"RESOLUTION\",\"limit\"", "\"metric\":\"RESPONSE\",\"limit\"");
        assertThatThrownBy(() -> PolicyJson.read("t.json", bad, SlaPolicy.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("t.json: $.rules[0].targets[0].metric")
                .hasMessageContaining("RESPONSE");
    }
}
