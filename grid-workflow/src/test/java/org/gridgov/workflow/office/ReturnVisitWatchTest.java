package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.workflow.engine.Command;
import org.gridgov.workflow.matter.Action;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.responsibility.Assignment;
import org.gridgov.workflow.time.ManualClock;
import org.gridgov.workflow.visit.Rating;
import org.gridgov.workflow.visit.ReturnVisitPolicy;
import org.gridgov.workflow.visit.VisitRule;
import org.junit.jupiter.api.Test;

/**
 * Seeds 000, 001, 004: after a matter closes, the resident's satisfaction return visit (回访) falls
 * due the next working day on the office's calendar. Closed on Thursday 24 September 2026 at 15:00,
 * it is due Monday 28 September at 15:00 (Friday 25 is Mid-Autumn Festival, then the weekend); not
 * done by then, the office warns once, also after a restart on the same store.
 */
class ReturnVisitWatchTest {
    private final ManualClock clock = ManualClock.at("2026-09-22T10:00:00+08:00");
    private final InMemoryOfficeStore store = new InMemoryOfficeStore();
    private final List<OfficeEvent> delivered = new ArrayList<>();

    private GridOffice office() {
        return District.office(clock)
                .store(store)
                .returnVisits(ReturnVisitPolicy.defaults())
                .listener(delivered::add)
                .build();
    }

    @Test
    void aClosedMattersReturnVisitFallsDueTheNextWorkingDayAndWarnsOnceIfMissed() {
        GridOffice office = office();
        MatterId missed = closedAt(office, "2026-09-24T15:00+08:00");
        MatterId rated = closedAt(office, "2026-09-24T15:00+08:00");
        office.tick(); // the closures are delivered

        clock.set(at("2026-09-28T10:00+08:00"));
        office.returnVisit(rated, Rating.SATISFIED, "visitor-1", ReturnVisitPolicy.defaults());
        clock.set(at("2026-09-28T15:00+08:00"));
        office.tick();
        assertThat(office.visitWarnings()).as("due at 15:00, not yet missed").isEmpty();

        clock.set(at("2026-09-28T15:01+08:00"));
        office.tick();
        office.tick();

        VisitWarning w = office.visitWarnings().get(0);
        assertThat(office.visitWarnings()).containsExactly(w);
        assertThat(w.key()).isEqualTo("return-visit/" + missed + "/1");
        assertThat(w.kind()).isEqualTo(VisitWarning.Kind.RETURN_VISIT);
        assertThat(w.matterIfAny()).contains(missed);
        assertThat(w.due()).isEqualTo(at("2026-09-28T15:00+08:00"));
        assertThat(w.visitor()).isEqualTo("gw-1");
        assertThat(w.action()).isEqualTo(VisitRule.MissAction.WARN);
        assertThat(warnings()).containsExactly(OfficeEvent.visitWarning(w));

        clock.set(at("2026-09-29T09:00+08:00"));
        GridOffice restarted = office();
        restarted.tick();
        assertThat(restarted.visitWarnings()).containsExactly(w);
        assertThat(warnings()).hasSize(1);
    }

    @Test
    void aNewOfficeOnTheSameStoreFindsTheReturnVisitsOwedBeforeIt() {
        GridOffice office = office();
        MatterId id = closedAt(office, "2026-09-24T15:00+08:00");
        office.close();

        clock.set(at("2026-09-30T09:00+08:00"));
        GridOffice restarted = office();
        restarted.tick();
        restarted.tick();

        assertThat(restarted.visitWarnings())
                .extracting(VisitWarning::key)
                .containsExactly("return-visit/" + id + "/1");
        assertThat(warnings()).hasSize(1);
    }

    private MatterId closedAt(GridOffice office, String when) {
        clock.set(at("2026-09-22T10:00+08:00"));
        Matter m = office.report(District.sewage(GRID_1), "gw-1");
        m = office.handle(Command.on(m, Action.REGISTER, "disp-1"));
        m = office.handle(Command.on(m, Action.DISPATCH, "disp-1").assigning(Assignment.to("gw-1")));
        m = office.handle(Command.on(m, Action.ACCEPT, "gw-1"));
        m = office.handle(Command.on(m, Action.START, "gw-1"));
        m = office.handle(Command.on(m, Action.RESOLVE, "gw-1"));
        m = office.handle(Command.on(m, Action.VERIFY, "head-1"));
        clock.set(at(when));
        return office.handle(Command.on(m, Action.CLOSE, "disp-1")).id();
    }

    private List<OfficeEvent> warnings() {
        return delivered.stream()
                .filter(e -> e.kind() == OfficeEvent.Kind.VISIT_WARNING)
                .toList();
    }

    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}
