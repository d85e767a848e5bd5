package org.gridgov.workflow.office;

import static org.gridgov.workflow.testing.Jingkou.DISTRICT;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;
import static org.gridgov.workflow.testing.Jingkou.GRID_2;
import static org.gridgov.workflow.testing.Jingkou.HEJIANONG_COMMUNITY;
import static org.gridgov.workflow.testing.Jingkou.JIUHAIJIE_COMMUNITY;
import static org.gridgov.workflow.testing.Jingkou.JIUHAIJIE_GRID_1;
import static org.gridgov.workflow.testing.Jingkou.ZHENGDONGLU_STREET;

import java.time.Clock;
import java.util.List;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.staff.Person;
import org.gridgov.core.staff.Posting;
import org.gridgov.core.staff.Role;
import org.gridgov.core.staff.Roster;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.routing.Severity;

/**
 * A small piece of Jingkou district for office tests: 正东路街道 with 贺家弄社区 (three grids) and
 * 酒海街社区 (one grid); grid workers gw-1, gw-2, gw-3, grid head head-1; dispatcher disp-1.
 */
final class District {
    static final AreaCode GRID_3 = HEJIANONG_COMMUNITY.child(3);
    static final List<String> WORKERS = List.of("gw-1", "gw-2", "gw-3");

    private District() {}

    static GridPlan plan() {
        return GridPlan.of(
                1,
                List.of(
                        Area.of(DISTRICT, "京口区"),
                        Area.of(ZHENGDONGLU_STREET, "正东路街道"),
                        Area.of(HEJIANONG_COMMUNITY, "贺家弄社区"),
                        Area.of(GRID_1, "贺家弄第1网格"),
                        Area.of(GRID_2, "贺家弄第2网格"),
                        Area.of(GRID_3, "贺家弄第3网格"),
                        Area.of(JIUHAIJIE_COMMUNITY, "酒海街社区"),
                        Area.of(JIUHAIJIE_GRID_1, "酒海街第1网格")),
                List.of());
    }

    static Roster roster() {
        return Roster.of(
                List.of(person("gw-1"), person("gw-2"), person("gw-3"), person("head-1"), person("disp-1")),
                List.of(
                        Posting.of("gw-1", GRID_1, Role.FULL_TIME_WORKER),
                        Posting.of("gw-2", GRID_2, Role.FULL_TIME_WORKER),
                        Posting.of("gw-3", GRID_3, Role.FULL_TIME_WORKER),
                        Posting.of("head-1", GRID_1, Role.GRID_HEAD)));
    }

    private static Person person(String id) {
        return Person.builder().id(id).name("网格员" + id).build();
    }

    /** An office on this district with the defaults ("357", China calendar, in-memory store). */
    static OfficeBuilder office(Clock clock) {
        return GridOffice.builder(clock).plan(plan(), roster());
    }

    /** A resident's sanitation complaint in a grid, by WeChat (seed 003's sewage overflow). */
    static MatterReport sewage(AreaCode grid) {
        return MatterReport.builder()
                .channel(SourceChannel.WECHAT_GROUP)
                .category("SANITATION")
                .location(Location.of(grid))
                .severity(Severity.LOW)
                .description("小区污水外溢,有刺鼻异味")
                .build();
    }
}
