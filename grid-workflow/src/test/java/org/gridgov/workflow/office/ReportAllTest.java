package org.gridgov.workflow.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.workflow.testing.Jingkou.GRID_1;
import static org.gridgov.workflow.testing.Jingkou.GRID_2;
import static org.gridgov.workflow.testing.Jingkou.HEJIANONG_COMMUNITY;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;
import org.gridgov.workflow.matter.Matter;
import org.gridgov.workflow.matter.MatterReport;
import org.gridgov.workflow.store.jdbc.JdbcOfficeStore;
import org.gridgov.workflow.testing.Databases;
import org.gridgov.workflow.time.ManualClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link GridOffice#reportAll}: a batch stores what {@link GridOffice#report} one by one stores
 * (histories, timers, due instants, outbox); a refused report leaves nothing and holds back none of
 * the others; external ids stay idempotent within the batch and against the store. On the
 * in-memory store and on PostgreSQL.
 */
class ReportAllTest {

    static Stream<Arguments> stores() {
        return Stream.of(
                Arguments.of("memory", (Supplier<OfficeStore>) InMemoryOfficeStore::new),
                Arguments.of("postgres", (Supplier<OfficeStore>) () -> new JdbcOfficeStore(Databases.fresh())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aBatchStoresWhatReportsOneByOneStoreAndRefusedItemsLeaveNothing(String name, Supplier<OfficeStore> kind) {
        ManualClock clock = ManualClock.at("2026-03-02T09:00:00+08:00");
        ManualClock clock2 = ManualClock.at("2026-03-02T09:00:00+08:00");
        OfficeStore batchStore = kind.get();
        OfficeStore singleStore = new InMemoryOfficeStore();
        GridOffice batched = District.office(clock).store(batchStore).build();
        GridOffice single = District.office(clock2).store(singleStore).build();
        MatterReport known = MatterReport.builder()
                .from(District.sewage(GRID_1))
                .externalId("12345-0001")
                .build();
        Matter before = batched.report(known, "gw-1");
        single.report(known, "gw-1");
        MatterReport twin = MatterReport.builder()
                .from(District.sewage(GRID_1))
                .externalId("12345-0002")
                .build();
        List<MatterReport> reports = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            reports.add(District.sewage(GRID_2));
        }
        reports.add(
                2,
                MatterReport.builder()
                        .from(District.sewage(GRID_1))
                        .category("NO_SUCH")
                        .build());
        reports.add(4, District.sewage(HEJIANONG_COMMUNITY.child(9)));
        reports.add(known);
        reports.add(twin);
        reports.add(twin);
        clock.advance(Duration.ofMinutes(5));
        clock2.advance(Duration.ofMinutes(5));

        List<Intake> out = batched.reportAll(reports, "gw-2");

        assertThat(out).extracting(Intake::index).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(out.get(2).refusal()).isInstanceOf(UnknownIdException.class);
        assertThat(out.get(4).refusal())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("location.area");
        assertThat(out.get(8).matter()).isEqualTo(before);
        assertThat(out.get(10).matter()).isEqualTo(out.get(9).matter());
        for (int i = 0; i < reports.size(); i++) {
            if (i == 2 || i == 4) {
                int at = i;
                assertThatThrownBy(() -> single.report(reports.get(at), "gw-2"))
                        .isInstanceOf(out.get(i).refusal().getClass());
                continue;
            }
            Matter one = single.report(reports.get(i), "gw-2");
            Matter many = out.get(i).matter();
            assertThat(many).as("report %d", i).isEqualTo(one);
            assertThat(batchStore.find(many.id())).isEqualTo(singleStore.find(one.id()));
            assertThat(batchStore.timers(many.id())).isEqualTo(singleStore.timers(one.id()));
            assertThat(batchStore.due(many.id())).isEqualTo(singleStore.due(one.id()));
        }
        assertThat(batchStore.outboxStats()).isEqualTo(singleStore.outboxStats());
        assertThat(batchStore.openMatters(MatterQuery.open())).hasSize(8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void aBlankReceiverRefusesTheWholeBatch(String name, Supplier<OfficeStore> kind) {
        OfficeStore store = kind.get();
        GridOffice office = District.office(ManualClock.at("2026-03-02T09:00:00+08:00"))
                .store(store)
                .build();

        assertThatThrownBy(() -> office.reportAll(List.of(District.sewage(GRID_1)), " "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("receiver");
        assertThat(store.openMatters(MatterQuery.open())).isEmpty();
    }
}
