package org.gridgov.examples.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.core.staff.Role;
import org.gridgov.core.staff.RoleCatalogue;
import org.junit.jupiter.api.Test;

/**
 * The sample role file adds Haimen's own titles to the seeds' roles. Seed 003
 * ({@code 003_c73bee5c5ce8f9e9.txt}): "海门街道港南社区经过施行'书记-片长-楼长-楼道长'四级网格管理形式" and
 * "配全楼道长、村(居)民小组长等作为网格管理员".
 */
class SampleRolesTest {

    @Test
    void theSampleRoleFileAddsHaimensTitlesToTheSeedsRoles() {
        RoleCatalogue roles = RoleCatalogue.read(Path.of("samples/policy-roles.json"));

        assertThat(roles.size()).isEqualTo(RoleCatalogue.defaults().size() + 3);
        assertThat(roles.role("SECTOR_CHIEF").name()).isEqualTo("片长");
        assertThat(roles.role("PARTY_SECRETARY").level()).isEqualTo(AreaLevel.COMMUNITY);
        assertThat(roles.rolesAt(AreaLevel.MICRO_GRID)).containsExactly(Role.BUILDING_CHIEF, Role.STAIRWELL_CHIEF);
    }
}
