package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.gridgov.core.InvalidInputException;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterHistory;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.OnTheSpotFix;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.matter.State;
import org.gridgov.workflow.matter.Transition;
import org.gridgov.workflow.sla.ClockRule;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.sla.SlaPolicy;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 (Jingkou, {@code 000_38dc776fc12e97ef.txt}): "推动学习教育、征求意见、即知即改、评议评判进'两网'" - what a grid
 * worker finds and can fix at once is fixed at once. The worker records it in one call with the
 * photos that show it fixed; it closes at once, no clock is left running, and it counts as
 * found-and-fixed.
 */
class OnTheSpotFixTest {
    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00");

    private static MatterReport litterOnPatrol() {
        return MatterReport.builder()
                .from(District.sewage(GRID_1))
                .channel(SourceChannel.GRID_PATROL)
                .description("楼道口堆放垃圾,当场清理")
                .build();
    }

    @Test
    void anOnTheSpotFixClosesInOneCallAndCounts() {
        GridOffice office = District.office(clock).build();

        Matter fixed = office.fixOnTheSpot(
                litterOnPatrol(), "gw-1", List.of("att-20260302-0001.jpg", "att-20260302-0002.jpg"));
        Matter reported = office.report(District.sewage(GRID_1), "gw-1");

        assertThat(fixed.state()).isEqualTo(State.CLOSED);
        assertThat(fixed.version()).isEqualTo(2);
        assertThat(office.history(fixed.id()).transitions())
                .extracting(Transition::action)
                .containsExactly(Action.REPORT, Action.FIX_ON_THE_SPOT);
        assertThat(office.timers(fixed.id())).isEmpty();
        assertThat(office.openMatters(MatterQuery.open()))
                .extracting(Matter::id)
                .containsExactly(reported.id());

        List<MatterHistory> histories =
                Stream.of(fixed, reported).map(m -> office.history(m.id())).toList();
        assertThat(histories.stream().flatMap(h -> OnTheSpotFix.of(h).stream()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.matter()).isEqualTo(fixed.id());
                    assertThat(f.worker()).isEqualTo("gw-1");
                    assertThat(f.evidence()).containsExactly("att-20260302-0001.jpg", "att-20260302-0002.jpg");
                });

        clock.advance(Duration.ofDays(10));
        office.tick();
        assertThat(office.history(fixed.id()).version())
                .as("nothing fires on the fixed matter")
                .isEqualTo(2);
    }

    @Test
    void aFixWithoutEvidenceIsRefusedAndNothingIsStored() {
        GridOffice office = District.office(clock).build();

        assertThatThrownBy(() -> office.fixOnTheSpot(litterOnPatrol(), "gw-1", List.of()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("evidence"));
        assertThatThrownBy(() -> office.fixOnTheSpot(litterOnPatrol(), "gw-1", List.of("two words")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("evidence[0]"));
        assertThat(office.openMatters(MatterQuery.open())).isEmpty();
    }

    @Test
    void aPolicyWhoseClocksDoNotStopOnTheFixIsRefusedRatherThanLeavingAClockRunningOnAClosedMatter() {
        SlaPolicy the357 = SlaPolicy.the357();
        List<ClockRule> withoutTheFix = the357.clocks().stream()
                .map(c -> new ClockRule(
                        c.metric(),
                        c.startOn(),
                        c.pauseOn(),
                        c.resumeOn(),
                        c.stopOn().stream()
                                .filter(a -> a != Action.FIX_ON_THE_SPOT)
                                .collect(java.util.stream.Collectors.toSet()),
                        c.resetOn(),
                        c.extendOn()))
                .toList();
        assertThat(withoutTheFix).extracting(ClockRule::metric).contains(Metric.RESOLUTION);
        GridOffice office = District.office(clock)
                .policies(Policies.defaults()
                        .withSla(new SlaPolicy(
                                the357.format(),
                                the357.id(),
                                the357.version(),
                                the357.description(),
                                withoutTheFix,
                                the357.thresholds(),
                                the357.ladders(),
                                the357.rules())))
                .build();

        assertThatThrownBy(() -> office.fixOnTheSpot(litterOnPatrol(), "gw-1", List.of("att-1.jpg")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.path()).isEqualTo("sla.clocks"));
        assertThat(office.openMatters(MatterQuery.open())).isEmpty();
    }
}
