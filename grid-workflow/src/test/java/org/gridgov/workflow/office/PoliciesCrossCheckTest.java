package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: policies loaded together are checked together. A district that adds {@code SEWAGE} to
 * its SLA rules but misspells it, or forgets it in its taxonomy, is told so when the folder loads,
 * with the file and the JSON path, instead of a rule that silently never matches.
 */
class PoliciesCrossCheckTest {
    @TempDir
    Path dir;

    private static final String TAXONOMY = """
            {"categories": [{"code": "SEWAGE", "nameZh": "污水外溢", "nameEn": "Sewage overflow"}]}
            """;

    @Test
    void anSlaRuleNamingACategoryTheTaxonomyLacksIsRefusedNamingFileAndPath() throws IOException {
        Files.writeString(dir.resolve("policy-taxonomy.json"), TAXONOMY);
        Files.writeString(dir.resolve("sla-district.json"), """
                {"format": "grid-sla/1", "id": "district", "version": 1,
                 "clocks": [{"metric": "RESOLUTION", "startOn": ["REPORT"], "stopOn": ["CLOSE"]}],
                 "rules": [{"id": "sewage", "when": {"categories": ["SEWEGE"]},
                            "targets": [{"metric": "RESOLUTION", "limit": "3wd"}]}]}
                """);
        assertThatThrownBy(() -> Policies.read(dir)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.path()).isEqualTo("sla-district.json: $.rules[0].when.categories");
            assertThat(e.value()).isEqualTo("'SEWEGE'");
            assertThat(e.rule()).contains("names a category of the taxonomy").contains("SEWAGE");
        });
    }

    @Test
    void aRoutingRuleNamingACategoryTheTaxonomyLacksIsRefused() throws IOException {
        Files.writeString(dir.resolve("policy-taxonomy.json"), TAXONOMY);
        Files.writeString(dir.resolve("policy-routing.json"), """
                {"rules": [{"id": "sanitation-up", "categories": ["SANITATION"], "level": "COMMUNITY"},
                           {"id": "in-grid", "level": "GRID"}]}
                """);
        assertThatThrownBy(() -> Policies.read(dir))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.path()).isEqualTo("policy-routing.json: $.rules[0].categories"));
    }

    @Test
    void aFolderWhoseRulesNameItsOwnCategoriesLoads() throws IOException {
        Files.writeString(dir.resolve("policy-taxonomy.json"), TAXONOMY);
        Files.writeString(dir.resolve("policy-routing.json"), """
                {"rules": [{"id": "sewage-up", "categories": ["SEWAGE"], "level": "COMMUNITY"},
                           {"id": "in-grid", "level": "GRID"}]}
                """);
        assertThat(Policies.read(dir).routing().rules()).hasSize(2);
    }
}
