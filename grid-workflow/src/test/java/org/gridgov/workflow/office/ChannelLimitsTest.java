package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.gridgov.workflow.calendar.WorkingCalendar;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.matter.SourceChannel;
import org.gridgov.workflow.policy.PolicyJson;
import org.gridgov.workflow.sla.Metric;
import org.gridgov.workflow.sla.SlaClock;
import org.gridgov.workflow.time.ManualClock;
import org.gridgov.workflow.time.TimeLimit;
import org.junit.jupiter.api.Test;

/**
 * Seed 000 (Jingkou): "做到“357”,即在网友发帖3小时内回应,5个工作日内必须答复解决,较难事项最迟7个工作日内完毕" - the 3-5-7
 * is for posts online (网友发帖); a 12345 hotline work order keeps the limits of the hotline. SLA rules
 * match the source channel: the test's policy adds a hotline rule (1 hour, 3 working days: the
 * test's own figures, the seeds give none) before the 3-5-7 routine.
 */
class ChannelLimitsTest {
    private final ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00"); // a Monday
    private final GridOffice office = District.office(clock)
            .policies(Policies.defaults().withSla(PolicyJson.sla(policy())))
            .build();

    private static Path policy() {
        try {
            return Path.of(ChannelLimitsTest.class
                    .getResource("sla-357-with-12345.json")
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private SlaClock clock(Matter m, Metric metric) {
        return office.clocks(m.id()).stream()
                .filter(c -> c.metric() == metric)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aHotlineWorkOrderGetsTheHotlineLimitsWhileAnOnlinePostGets357() {
        Matter post = office.report(District.sewage(GRID_1), "gw-1");
        Matter hotline = office.report(
                MatterReport.builder()
                        .from(District.sewage(GRID_1))
                        .channel(SourceChannel.HOTLINE_12345)
                        .externalId("12345-20260302-0007")
                        .build(),
                "hotline:12345");

        assertThat(clock(post, Metric.RESPONSE).rule()).isEqualTo("routine");
        assertThat(clock(post, Metric.RESPONSE).due()).isEqualTo(at("2026-03-02T12:00+08:00"));
        assertThat(clock(post, Metric.RESOLUTION).target()).isEqualTo(TimeLimit.parse("5wd"));

        assertThat(clock(hotline, Metric.RESPONSE).rule()).isEqualTo("hotline-12345");
        assertThat(clock(hotline, Metric.RESPONSE).due()).isEqualTo(at("2026-03-02T10:00+08:00"));
        assertThat(clock(hotline, Metric.RESOLUTION).rule()).isEqualTo("hotline-12345");
        assertThat(clock(hotline, Metric.RESOLUTION).target()).isEqualTo(TimeLimit.parse("3wd"));
        WorkingCalendar calendar = WorkingCalendar.china();
        assertThat(clock(hotline, Metric.RESOLUTION).due())
                .isEqualTo(calendar.deadline(hotline.reportedAt(), TimeLimit.parse("3wd")))
                .isBefore(clock(post, Metric.RESOLUTION).due());
    }

    @Test
    void aRestartRebuildsTheHotlineClocksFromTheStoredChannel() {
        InMemoryOfficeStore store = new InMemoryOfficeStore();
        GridOffice first = District.office(clock)
                .policies(Policies.defaults().withSla(PolicyJson.sla(policy())))
                .store(store)
                .build();
        Matter hotline = first.report(
                MatterReport.builder()
                        .from(District.sewage(GRID_1))
                        .channel(SourceChannel.HOTLINE_12345)
                        .build(),
                "hotline:12345");
        GridOffice second = District.office(clock)
                .policies(Policies.defaults().withSla(PolicyJson.sla(policy())))
                .store(store)
                .build();
        assertThat(second.clocks(hotline.id())).isEqualTo(first.clocks(hotline.id()));
        assertThat(second.clocks(hotline.id()).get(0).rule()).isEqualTo("hotline-12345");
    }

    private static java.time.Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }
}
