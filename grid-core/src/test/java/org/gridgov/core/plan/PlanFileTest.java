package org.gridgov.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanFileTest {

    @Test
    void aPlanFileRoundTripsToTheSameText() {
        String json = TestPlans.smallPlanJson();
        assertThat(PlanFile.parse(json, "small-plan.json").toJson()).isEqualTo(json);
    }

    @Test
    void optionalFieldsTakeTheirDefaults() {
        PlanFile file =
                PlanFile.parse("{\"format\":\"grid-plan/1\",\"areas\":[{\"code\":\"321102\",\"name\":\"京口区\"}]}", null);
        assertThat(file.plan().revision()).isEqualTo(1);
        assertThat(file.plan().root().households()).isZero();
        assertThat(file.roster().people()).isEmpty();
    }

    /** Each row: a replacement applied to the small plan, the path named, and words of the rule. */
    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "\"format\" : \"grid-plan/1\"|\"format\" : \"grid-plan/9\"|f.json: $.format|is \"grid-plan/1\"",
                "\"households\" : 260,|\"households\" : 260, \"floors\" : 6,|f.json: $.areas[3].floors|one of the fields code",
                "\"households\" : 260,|\"households\" : -1,|f.json: $.areas[3].households|0 or more",
                "\"households\" : 260,|\"households\" : \"many\",|f.json: $.areas[3].households|a whole number",
                "\"code\" : \"321102001001002\"|\"code\" : \"321102001001001\"|f.json: $.areas[4].code|appears once",
                "\"code\" : \"321102001003001\"|\"code\" : \"321102001004001\"|f.json: $.areas[6].code|extends its parent's code",
                "\"id\" : \"B-0002\"|\"id\" : \"B-0001\"|f.json: $.places[1].id|appears once",
                "\"kind\" : \"SCHOOL\"|\"kind\" : \"TEMPLE\"|f.json: $.places[2].kind|one of BUILDING",
                "\"grid\" : \"321102001003001\",|\"grid\" : \"321102001003009\",|f.json: $.places[2].grid|is an area of the plan",
                "\"person\" : \"W-0002\"|\"person\" : \"W-0003\"|f.json: $.assignments[1].person|names a person",
                "\"name\" : \"酒海街小学\",|\"name\" : \"酒海街小学\"|f.json: $.places[2].name|well-formed JSON",
                "\"code\" : \"321102001001\",|\"code\" : \"32110200100A\",|f.json: $.areas[2].code|only the digits",
                "\"name\" : \"京口区\",|''|f.json: $.areas[0].name|a required field",
                "\"format\" : \"grid-plan/1\",|\"format\" : \"grid-plan/1\", \"format\" : \"grid-plan/1\",|f.json: $.format|each key at most once"
            })
    void badInputNamesThePathTheRuleAndTheValue(String from, String to, String path, String rule) {
        String json = TestPlans.smallPlanJson().replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
        assertThat(json).isNotEqualTo(TestPlans.smallPlanJson());

        assertThatThrownBy(() -> PlanFile.parse(json, "f.json"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.rule()).contains(rule);
                });
    }

    @Test
    void aPlaceInARetiredGridIsRejected() {
        String json = TestPlans.smallPlanJson()
                .replace("\"households\" : 280", "\"households\" : 280")
                .replace(
                        "\"name\" : \"酒海街第一网格\",\n    \"parent\" : \"321102001003\",\n    \"kind\" : \"URBAN\",\n    \"status\" : \"ACTIVE\"",
                        "\"name\" : \"酒海街第一网格\",\n    \"parent\" : \"321102001003\",\n    \"kind\" : \"URBAN\",\n    \"status\" : \"RETIRED\"");
        assertThatThrownBy(() -> PlanFile.parse(json, "f.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("f.json: $.places[2].grid")
                .hasMessageContaining("active grid, not a retired one")
                .hasMessageContaining("'321102001003001'");
    }

    @Test
    void aCycleInParentLinksIsRejected() {
        String json = "{\"format\":\"grid-plan/1\",\"areas\":["
                + "{\"code\":\"321102\",\"name\":\"京口区\"},"
                + "{\"code\":\"321102001\",\"name\":\"街道\",\"parent\":\"321102001001\"},"
                + "{\"code\":\"321102001001\",\"name\":\"社区\",\"parent\":\"321102001\"}]}";
        assertThatThrownBy(() -> PlanFile.parse(json, "f.json"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("f.json: $.areas[1].parent");
                    assertThat(e.rule()).contains("cycle");
                });
    }

    @Test
    void aGridNeverHangsDirectlyUnderAStreet() {
        String json = "{\"format\":\"grid-plan/1\",\"areas\":["
                + "{\"code\":\"321102001\",\"name\":\"街道\"},"
                + "{\"code\":\"321102001001001\",\"name\":\"网格\",\"parent\":\"321102001\"}]}";
        assertThatThrownBy(() -> PlanFile.parse(json, "f.json"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).isEqualTo("f.json: $.areas[1].code");
                    assertThat(e.rule()).contains("GRID code extends its parent's code");
                });
    }

    @Test
    void personalDataNeverAppearsInErrors() {
        String json = TestPlans.smallPlanJson().replace("\"id\" : \"W-0002\"", "\"id\" : \"W-0001\"");
        assertThatThrownBy(() -> PlanFile.parse(json, "f.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("people[1].id")
                .hasMessageNotContaining("李强")
                .hasMessageNotContaining("王芳");
    }
}
