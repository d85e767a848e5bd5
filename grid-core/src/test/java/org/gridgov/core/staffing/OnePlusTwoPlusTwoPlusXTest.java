package org.gridgov.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridgov.core.plan.PlanFile;
import org.gridgov.core.staff.Posting;
import org.gridgov.core.staff.Role;
import org.junit.jupiter.api.Test;

/**
 * Jingkou's grid team, seed 000 ({@code 000_38dc776fc12e97ef.txt}): "建立'1+2+2+X'(即1名网格长、2名网格志愿者、
 * 2名大学生志愿者和若干名机动志愿者)管理服务队伍", with the grid head "必须居住在本网格内". The team is read from
 * a plan file by role code and checked with the default catalogue's roles.
 */
class OnePlusTwoPlusTwoPlusXTest {
    private static final String GRID = "321102001001001";

    private static PlanFile team(String... roles) {
        StringBuilder people = new StringBuilder();
        StringBuilder posts = new StringBuilder();
        for (int i = 0; i < roles.length; i++) {
            String sep = i == 0 ? "" : ",";
            people.append(sep)
                    .append("{\"id\":\"P-")
                    .append(i)
                    .append("\",\"name\":\"某\",\"residence\":\"")
                    .append(GRID)
                    .append("\"}");
            posts.append(sep)
                    .append("{\"person\":\"P-")
                    .append(i)
                    .append("\",\"grid\":\"")
                    .append(GRID)
                    .append("\",\"role\":\"")
                    .append(roles[i])
                    .append("\"}");
        }
        return PlanFile.parse("""
                {"format": "grid-plan/1",
                 "areas": [{"code": "321102", "name": "京口区"}, {"code": "321102001", "name": "正东路街道"},
                           {"code": "321102001001", "name": "贺家弄社区居委会"},
                           {"code": "%s", "name": "贺家弄第一网格", "households": 260, "population": 900}],
                 "people": [%s], "assignments": [%s]}
                """.formatted(GRID, people, posts), "jingkou-team.plan.json");
    }

    @Test
    void oneHeadTwoGridVolunteersTwoStudentVolunteersAndAnyNumberOfMobileVolunteersIsAFullTeam() {
        PlanFile file = team(
                "GRID_HEAD",
                "GRID_VOLUNTEER",
                "GRID_VOLUNTEER",
                "STUDENT_VOLUNTEER",
                "STUDENT_VOLUNTEER",
                "MOBILE_VOLUNTEER",
                "MOBILE_VOLUNTEER",
                "MOBILE_VOLUNTEER",
                "FULL_TIME_WORKER");

        assertThat(StaffingCheck.defaults().check(file.plan(), file.roster())).isEmpty();
        assertThat(file.roster().postings())
                .extracting(Posting::role)
                .extracting(Role::name)
                .containsExactly("网格长", "网格志愿者", "网格志愿者", "学生志愿者", "学生志愿者", "机动志愿者", "机动志愿者", "机动志愿者", "专职网格员");
    }

    @Test
    void aTeamShortOfAStudentVolunteerIsATeamFinding() {
        PlanFile file = team("GRID_HEAD", "GRID_VOLUNTEER", "GRID_VOLUNTEER", "STUDENT_VOLUNTEER", "FULL_TIME_WORKER");

        List<StaffingFinding> findings = StaffingCheck.defaults().check(file.plan(), file.roster());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("staffing.team");
            assertThat(f.ids()).containsExactly(GRID);
            assertThat(f.message()).contains("1 student volunteers").contains("1+2+2+X");
        });
    }
}
