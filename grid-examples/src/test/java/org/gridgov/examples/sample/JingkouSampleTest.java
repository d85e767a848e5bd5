package org.gridgov.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.PlanFile;
import org.junit.jupiter.api.Test;

class JingkouSampleTest {
  private static final Path DIVISIONS = Path.of(System.getProperty("grid.shared.data"), "zhenjiang-divisions.json");

  @Test
  void theCommittedSampleIsWhatTheGeneratorMakesFromTheRealDivisions() throws IOException {
    assertThat(JingkouSample.generate(DIVISIONS).toJson())
        .isEqualTo(Files.readString(Path.of("samples/jingkou.plan.json")));
  }

  @Test
  void theSampleHasJingkousRealStreetsAndCommunities() throws IOException {
    GridPlan plan = JingkouSample.generate(DIVISIONS).plan();
    // shared/data/README.md: Jingkou (321102) has 8 street-level units and 61 communities.
    assertThat(plan.areas(AreaLevel.STREET)).hasSize(8);
    assertThat(plan.areas(AreaLevel.COMMUNITY)).hasSize(61);
    assertThat(plan.area(AreaCode.parse("321102001001")).name()).isEqualTo("贺家弄社区居委会");
    assertThat(plan.totals(JingkouSample.JINGKOU).places()).isEqualTo(plan.places().size());
    assertThat(PlanFile.read(Path.of("samples/jingkou.plan.json")).plan().grids()).hasSize(plan.grids().size());
  }
}
