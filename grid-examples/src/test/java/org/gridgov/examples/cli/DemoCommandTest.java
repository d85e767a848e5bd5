package org.gridgov.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void theDemoRunsEndToEndOnTheSampleDistrict() {
        CliRun run = CliRun.of("demo", "samples");

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("288 grids")
                .contains("grid 321102001001002 has 338 households")
                .contains("grid 321102003004001 has 0 full-time grid workers")
                .contains("not valid, 1 findings")
                .contains("MISASSIGNED_PLACE [P001001003-1, 321102001001003, ")
                .contains("is located: 贺家弄第1网格 321102001001001 < 贺家弄社区居委会 321102001001 < 正东路街道 321102001 < 京口区 321102")
                .contains("replayed: true")
                .contains("2026-02-13T16:00+08:00 START     #1 rule routine 5wd; due 2026-02-27T17:30+08:00")
                .contains("STOPPED cycle 1, target 3h (rule routine), due 2026-02-13T19:00+08:00, elapsed PT20M")
                .contains("\"357\" 7wd  from the report would be due 2026-03-02T17:30+08:00")
                .endsWith("Done: matter M000001 in grid 321102001001001 is CLOSED.\n")
                .doesNotContain("施元冲");
    }
}
