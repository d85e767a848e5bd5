package org.gridgov.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.core.json.JsonInputException;
import org.gridgov.core.plan.PlanFile;
import org.gridgov.core.plan.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Roles are data: the seeds' roles by default, a host's own from a strict {@code grid-roles/1} file. */
class RoleCatalogueTest {

    private static RoleCatalogue read(String json) {
        return RoleCatalogue.read(json.getBytes(StandardCharsets.UTF_8), "roles.json");
    }

    /**
     * The default catalogue holds the roles the seeds name: seed 000's "1+2+2+X" team (1名网格长、2名网格志愿者、
     * 2名大学生志愿者和若干名机动志愿者), seed 001's 专职网格员, seed 003's 总网格长, 邻里社干, and Haimen's 楼长 and
     * 楼道长.
     */
    @ParameterizedTest
    @CsvSource({
        "CHIEF_GRID_HEAD, 总网格长, COMMUNITY",
        "GRID_HEAD, 网格长, GRID",
        "FULL_TIME_WORKER, 专职网格员, GRID",
        "PART_TIME_WORKER, 兼职网格员, GRID",
        "GRID_VOLUNTEER, 网格志愿者, GRID",
        "STUDENT_VOLUNTEER, 学生志愿者, GRID",
        "MOBILE_VOLUNTEER, 机动志愿者, GRID",
        "NEIGHBOURHOOD_CADRE, 邻里社干, GRID",
        "BUILDING_CHIEF, 楼栋长, MICRO_GRID",
        "STAIRWELL_CHIEF, 楼道长, MICRO_GRID"
    })
    void theSeedsRolesAreTheDefaults(String code, String name, AreaLevel level) {
        Role role = RoleCatalogue.defaults().role(code);
        assertThat(role.name()).isEqualTo(name);
        assertThat(role.level()).isEqualTo(level);
        assertThat(Role.ofCode(code)).isSameAs(role);
    }

    @Test
    void theDefaultsAreTheTenConstants() {
        assertThat(RoleCatalogue.defaults().roles())
                .hasSize(10)
                .contains(Role.GRID_HEAD, Role.BUILDING_CHIEF, Role.STAIRWELL_CHIEF);
        assertThat(RoleCatalogue.defaults().rolesAt(AreaLevel.MICRO_GRID))
                .containsExactly(Role.BUILDING_CHIEF, Role.STAIRWELL_CHIEF);
    }

    @Test
    void aHostAddsItsOwnRolesFromAFile() {
        RoleCatalogue roles = read("""
                {"format": "grid-roles/1",
                 "roles": [{"code": "FLOOR_CHIEF", "name": "楼层长", "level": "MICRO_GRID"},
                           {"code": "PARTY_MEMBER_VOLUNTEER", "name": "党员志愿者", "level": "GRID"}]}
                """);
        assertThat(roles.size()).isEqualTo(12);
        assertThat(roles.role("FLOOR_CHIEF").name()).isEqualTo("楼层长");
        assertThat(roles.role("FLOOR_CHIEF").level()).isEqualTo(AreaLevel.MICRO_GRID);
        assertThat(roles.find("GRID_HEAD")).contains(Role.GRID_HEAD);
        assertThat(RoleCatalogue.defaults().find("FLOOR_CHIEF")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "another format|{\"format\":\"grid-roles/2\",\"roles\":[]}|roles.json: $.format: is \"grid-roles/1\"",
                "no roles|{\"format\":\"grid-roles/1\"}|roles.json: $.roles: a role file lists its roles",
                "unknown field|{\"format\":\"grid-roles/1\",\"roles\":[{\"code\":\"A_B\",\"name\":\"甲\",\"level\":\"GRID\",\"pay\":1}]}|roles.json: $.roles[0].pay",
                "unknown level|{\"format\":\"grid-roles/1\",\"roles\":[{\"code\":\"A_B\",\"name\":\"甲\",\"level\":\"BUILDING\"}]}|roles.json: $.roles[0].level",
                "no level|{\"format\":\"grid-roles/1\",\"roles\":[{\"code\":\"A_B\",\"name\":\"甲\"}]}|roles.json: $.roles[0].level: a role serves at a level of area",
                "bad code|{\"format\":\"grid-roles/1\",\"roles\":[{\"code\":\"floor\",\"name\":\"甲\",\"level\":\"GRID\"}]}|roles.json: $.roles[0].code: a role code is 2-40 of A-Z, 0-9 and _, starting with a letter ('floor')",
                "blank name|{\"format\":\"grid-roles/1\",\"roles\":[{\"code\":\"A_B\",\"name\":\" \",\"level\":\"GRID\"}]}|roles.json: $.roles[0].name: a role has a name",
                "default redefined|{\"format\":\"grid-roles/1\",\"roles\":[{\"code\":\"GRID_HEAD\",\"name\":\"格长\",\"level\":\"GRID\"}]}|roles.json: $.roles[0].code: a default role cannot be redefined ('GRID_HEAD')",
                "twice|{\"format\":\"grid-roles/1\",\"roles\":[{\"code\":\"A_B\",\"name\":\"甲\",\"level\":\"GRID\"},{\"code\":\"A_B\",\"name\":\"乙\",\"level\":\"GRID\"}]}|roles.json: $.roles[1].code: a role code is unique in its catalogue ('A_B')"
            })
    void aBadRoleFileIsRefusedNamingThePathTheRuleAndTheValue(String what, String json, String message) {
        assertThatThrownBy(() -> read(json))
                .isInstanceOf(JsonInputException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void theFormerEnumNamesStayValidInPlanFiles() {
        PlanFile file = TestPlans.small();
        assertThat(file.roster().postings()).extracting(p -> p.role().code()).contains("FULL_TIME_WORKER");
        String json = file.toJson();
        assertThat(json).containsPattern("\"role\" ?: ?\"FULL_TIME_WORKER\"");
        assertThat(PlanFile.parse(json, "again.json").roster().postings())
                .isEqualTo(file.roster().postings());
    }

    @Test
    void aHostRoleInAPlanFileNeedsTheHostCatalogue() {
        String json =
                TestPlans.smallPlanJson().replaceFirst("\"role\" *: *\"FULL_TIME_WORKER\"", "\"role\":\"FLOOR_CHIEF\"");
        assertThat(json).contains("FLOOR_CHIEF");
        assertThatThrownBy(() -> PlanFile.parse(json, "plan.json"))
                .isInstanceOf(JsonInputException.class)
                .hasMessageMatching(
                        "plan\\.json: \\$\\.assignments\\[\\d+]\\.role: names a role of the role catalogue \\('FLOOR_CHIEF'\\)");

        RoleCatalogue host = read(
                "{\"format\":\"grid-roles/1\",\"roles\":[{\"code\":\"FLOOR_CHIEF\",\"name\":\"楼层长\",\"level\":\"GRID\"}]}");
        PlanFile file = PlanFile.parse(json, "plan.json", host);
        assertThat(file.roster().postings())
                .filteredOn(p -> p.role().code().equals("FLOOR_CHIEF"))
                .singleElement()
                .satisfies(p -> assertThat(p.role().name()).isEqualTo("楼层长"));
    }

    @Test
    void rolesAreEqualByCodeAndPrintTheirCode() {
        assertThat(Role.of("GRID_HEAD", "格长", AreaLevel.GRID)).isEqualTo(Role.GRID_HEAD);
        assertThat(Role.GRID_HEAD).hasToString("GRID_HEAD");
        assertThat(Role.GRID_HEAD.chineseName()).isEqualTo("网格长");
        assertThat(Posting.of("W-1", AreaCode.parse("321102001001001"), Role.GRID_HEAD)
                        .role()
                        .level())
                .isEqualTo(AreaLevel.GRID);
    }
}
