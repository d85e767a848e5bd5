package org.gridgov.workflow.testing;

import org.gridgov.core.area.AreaCode;
import org.gridgov.workflow.matter.Location;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.Reporter;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.routing.Severity;

/** Reports that read like the seeds. */
public final class Reports {
    private Reports() {}

    /**
     * Seed 003 (Nantong): "“邻里微信群”接到群众反映:“勤实邻里气候局小区污水外溢,小区里洋溢着阵阵刺鼻的异味,希望及时处理。”"
     * - sewage overflowing in a compound, reported in the neighbourhood WeChat group.
     */
    public static MatterReport sewageOverflowInWeChatGroup(AreaCode grid) {
        return MatterReport.builder()
                .channel(SourceChannel.WECHAT_GROUP)
                .category("SANITATION")
                .location(Location.of(grid))
                .severity(Severity.LOW)
                .reporter(new Reporter("施元冲", "13800001234"))
                .description("小区污水外溢,有刺鼻异味")
                .addAttachments("wechat://group/qinshi/msg/1")
                .build();
    }

    /** A dispute between residents of two grids (e.g. water leaking through a shared wall). */
    public static MatterReport crossGridDispute(AreaCode grid, AreaCode other) {
        return MatterReport.builder()
                .channel(SourceChannel.GRID_PATROL)
                .category("DISPUTE")
                .location(Location.of(grid))
                .addOtherAreas(other)
                .severity(Severity.MEDIUM)
                .description("相邻楼栋之间的漏水纠纷")
                .build();
    }

    /** A task a department pushes down, carrying a task code. */
    public static MatterReport departmentTask(AreaCode grid, String department, String taskCode) {
        return MatterReport.builder()
                .channel(SourceChannel.DEPARTMENT_PUSH)
                .category("LIVELIHOOD")
                .location(Location.of(grid))
                .severity(Severity.LOW)
                .department(department)
                .taskCode(taskCode)
                .description("部门下派任务")
                .build();
    }
}
