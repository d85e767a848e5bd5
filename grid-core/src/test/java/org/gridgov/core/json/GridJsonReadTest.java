package org.gridgov.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.MissingFieldException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one reading facility: strictness, paths and values as the error form shows them. */
class GridJsonReadTest {
    /** A record with an optional number, as policies have (absent means the default). */
    record Rule(String id, int minGrids) {}

    @Test
    void anAbsentPrimitiveTakesItsDefaultButAnExplicitNullIsRefused() {
        assertThat(GridJson.read("{\"id\":\"r\"}", "r.json", Rule.class).minGrids())
                .isZero();
        assertThatThrownBy(() -> GridJson.read("{\"id\":\"r\",\"minGrids\":null}", "r.json", Rule.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e).hasMessage("r.json: $.minGrids: a whole number (null)");
                    assertThat(e.file()).contains("r.json");
                    assertThat(e.jsonPath()).isEqualTo("$.minGrids");
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // a key that is not a plain identifier is shown by its length: keys of free form may hold anything
                "{\"a\":{\"张三 13800138000\":1,\"张三 13800138000\":2}}|$.a[a key of 14 characters]|each key at most once",
                "[1,2,3] [4]|$|one JSON value and nothing after it",
                "{\"a\":[1,{\"b\":tru}]}|$.a[1].b|well-formed JSON",
                "{\"a\":\"x\" \"b\":1}|$.a|well-formed JSON",
                "{\"a\":[|$.a[0]|complete JSON",
                "|$|a JSON document",
            })
    void treesAreReadAsStrictlyAsValues(String json, String path, String rule) {
        assertThatThrownBy(() -> GridJson.read(json == null ? "" : json, "t.json", JsonNode.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.jsonPath()).isEqualTo(path);
                    assertThat(e.rule()).startsWith(rule);
                    assertThat(e.getMessage()).doesNotContain("13800138000").doesNotContain("张三");
                });
    }

    @Test
    void aDeepPathIsShortenedInTheMiddleAndStaysOneLine() {
        String deep = "{\"a\":" + "[".repeat(120) + "]".repeat(120) + "}";
        assertThatThrownBy(() -> GridJson.read(deep, "d.json", JsonNode.class))
                .isInstanceOfSatisfying(JsonInputException.class, e -> {
                    assertThat(e.jsonPath())
                            .startsWith("$.a[0][0]")
                            .contains("levels)")
                            .hasSizeLessThan(80);
                    assertThat(e.rule()).isEqualTo("nesting at most 100 levels deep");
                    assertThat(e.value()).startsWith("level 101 at line 1, column ");
                });
    }

    @Test
    void aValueBuiltWithoutARequiredFieldNamesTheField() {
        assertThatThrownBy(() -> Area.builder().code(AreaCode.parse("321102")).build())
                .isInstanceOfSatisfying(MissingFieldException.class, e -> {
                    assertThat(e.path()).isEqualTo("name");
                    assertThat(e.fields()).isEqualTo(List.of("name"));
                    assertThat(e).hasMessage("name: a required field, but was missing");
                });
    }

    @Test
    void aRuleFoundAfterReadingIsLocatedInTheFile() {
        InvalidInputException found = new InvalidInputException("areas[4].code", "an area code appears once", "x");
        JsonInputException located = GridJson.locate(found, "plan.json");
        assertThat(located).hasMessage("plan.json: $.areas[4].code: an area code appears once ('x')");
        assertThat(GridJson.locate(located, "other.json")).isSameAs(located);
        assertThat(GridJson.locate(found, null).path()).isEqualTo("$.areas[4].code");
    }
}
