package org.gridgov.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.audit.AuditBreak.Kind;
import org.junit.jupiter.api.Test;

class AuditTrailTest {
    private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
    private final SteppingClock clock = new SteppingClock(START);

    /** A store whose entries a test can alter behind the trail's back, as an attacker with table access could. */
    private static final class OpenStore implements AuditStore {
        final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public Optional<AuditEntry> last() {
            return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
        }

        @Override
        public void append(AuditEntry entry) {
            entries.add(entry);
        }

        @Override
        public List<AuditEntry> entries() {
            return List.copyOf(entries);
        }

        @Override
        public int removeBefore(Instant cutoff) {
            int before = entries.size();
            entries.removeIf(e -> e.at().isBefore(cutoff));
            return before - entries.size();
        }
    }

    /** A clock the test moves; nothing sleeps. */
    private static final class SteppingClock extends Clock {
        Instant now;

        SteppingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final OpenStore store = new OpenStore();
    private final AuditTrail trail = AuditTrail.of(store, clock, AuditTrail.DEFAULT_RETENTION);

    private void fiveReads() {
        for (int i = 1; i <= 5; i++) {
            trail.append(new AuditEvent(
                    "W-0" + i,
                    "READ_RECORD",
                    "R-000" + i,
                    "321102001001001",
                    Purpose.of("visit.monthly"),
                    Outcome.ALLOWED));
            clock.now = clock.now.plus(Duration.ofMinutes(7));
        }
    }

    @Test
    void entries_are_numbered_stamped_by_the_clock_and_chained_from_genesis() {
        fiveReads();
        List<AuditEntry> entries = trail.entries();
        assertThat(entries).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(entries.get(0).previousHash()).isEqualTo(AuditEntry.GENESIS);
        assertThat(entries.get(0).at()).isEqualTo(START);
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(4).hash()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(trail.verify().intact()).isTrue();
        assertThat(AuditCheck.verify(entries).intact()).isTrue();
    }

    @Test
    void an_altered_entry_is_found_by_its_hash() {
        fiveReads();
        AuditEntry third = store.entries.get(2);
        AuditEvent e = third.event();
        store.entries.set(
                2,
                new AuditEntry(
                        3,
                        third.at(),
                        new AuditEvent("W-99", e.action(), e.record(), e.area(), e.purpose(), e.outcome()),
                        third.previousHash(),
                        third.hash()));
        AuditBreak at = trail.verify().firstBreak().orElseThrow();
        assertThat(at.kind()).isEqualTo(Kind.TAMPERED);
        assertThat(at.sequence()).isEqualTo(3);
        assertThat(at.message()).isEqualTo("entry 3: its fields do not give its stored hash");
    }

    @Test
    void an_altered_entry_with_its_hash_recomputed_breaks_the_next_link() {
        fiveReads();
        AuditEntry third = store.entries.get(2);
        AuditEvent e = third.event();
        AuditEvent refused = new AuditEvent(e.actor(), e.action(), e.record(), e.area(), e.purpose(), Outcome.REFUSED);
        store.entries.set(2, AuditEntry.chain(3, third.at(), refused, third.previousHash()));
        AuditBreak at = trail.verify().firstBreak().orElseThrow();
        assertThat(at.kind()).isEqualTo(Kind.TAMPERED);
        assertThat(at.sequence()).isEqualTo(4);
        assertThat(at.message()).isEqualTo("entry 4: does not link to the hash of entry 3");
    }

    @Test
    void the_last_entry_altered_and_rehashed_differs_from_the_head_the_trail_wrote() {
        fiveReads();
        AuditEntry last = store.entries.get(4);
        store.entries.set(4, AuditEntry.chain(5, last.at().plusSeconds(1), last.event(), last.previousHash()));
        AuditBreak at = trail.verify().firstBreak().orElseThrow();
        assertThat(at.kind()).isEqualTo(Kind.TAMPERED);
        assertThat(at.sequence()).isEqualTo(5);
    }

    @Test
    void a_deleted_entry_is_missing() {
        fiveReads();
        store.entries.remove(1);
        AuditBreak at = trail.verify().firstBreak().orElseThrow();
        assertThat(at.kind()).isEqualTo(Kind.MISSING);
        assertThat(at.sequence()).isEqualTo(2);
        assertThat(at.message()).isEqualTo("entry 2 is missing");
    }

    @Test
    void deleted_entries_at_the_end_are_missing_against_the_trails_head() {
        fiveReads();
        store.entries.remove(4);
        store.entries.remove(3);
        assertThat(AuditCheck.verify(store.entries()).intact())
                .as("without an anchor, a cut end cannot be seen")
                .isTrue();
        AuditBreak at = trail.verify().firstBreak().orElseThrow();
        assertThat(at.kind()).isEqualTo(Kind.MISSING);
        assertThat(at.message()).isEqualTo("entries 4 to 5 are missing at the end");
    }

    @Test
    void a_deleted_first_entry_is_missing() {
        fiveReads();
        store.entries.remove(0);
        AuditBreak at = trail.verify().firstBreak().orElseThrow();
        assertThat(at.kind()).isEqualTo(Kind.MISSING);
        assertThat(at.sequence()).isEqualTo(1);
    }

    @Test
    void swapped_entries_are_reordered() {
        fiveReads();
        Collections.swap(store.entries, 1, 3);
        AuditBreak at = trail.verify().firstBreak().orElseThrow();
        assertThat(at.kind()).isEqualTo(Kind.REORDERED);
        assertThat(at.sequence()).isEqualTo(4);
        assertThat(at.message()).isEqualTo("entry 4 stands where entry 2 belongs; 2 comes later");
    }

    @Test
    void an_entry_moved_back_is_reordered() {
        fiveReads();
        AuditEntry second = store.entries.remove(1);
        store.entries.add(second);
        assertThat(trail.verify().firstBreak().orElseThrow().kind()).isEqualTo(Kind.REORDERED);
    }

    @Test
    void retention_removes_entries_older_than_three_years_and_the_rest_still_verifies() {
        fiveReads();
        clock.now = START.atZone(ZoneOffset.UTC).plusYears(3).toInstant().plus(Duration.ofMinutes(15));
        trail.append(new AuditEvent(
                "W-01", "READ_RECORD", "R-0001", "321102001001001", Purpose.of("visit.monthly"), Outcome.ALLOWED));
        assertThat(trail.prune()).isEqualTo(3);
        assertThat(trail.entries()).extracting(AuditEntry::sequence).containsExactly(4L, 5L, 6L);
        assertThat(trail.verify().intact()).isTrue();
        store.entries.remove(0);
        assertThat(trail.verify().firstBreak().orElseThrow().sequence()).isEqualTo(4);
    }

    @Test
    void a_trail_reopened_on_its_store_continues_the_chain() {
        fiveReads();
        AuditTrail reopened = AuditTrail.of(store, clock, Period.ofYears(5));
        AuditEntry sixth = reopened.append(new AuditEvent(
                "W-01", "LIST_RECORDS", "-", "321102001001", Purpose.of("visit.monthly"), Outcome.REFUSED));
        assertThat(sixth.sequence()).isEqualTo(6);
        assertThat(sixth.previousHash()).isEqualTo(store.entries.get(4).hash());
        assertThat(reopened.verify().intact()).isTrue();
    }

    @Test
    void retention_under_six_months_is_refused() {
        assertThatThrownBy(() -> AuditTrail.of(store, clock, Period.ofMonths(5)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("retention: audit entries are kept at least 6 months, but was P5M");
        assertThat(AuditTrail.of(store, clock, AuditTrail.MINIMUM_RETENTION)).isNotNull();
    }

    @Test
    void a_purpose_is_a_code_not_free_text() {
        assertThatThrownBy(() -> Purpose.of("visit Mr Wang at home"))
                .isInstanceOf(InvalidInputException.class)
                .message()
                .doesNotContain("Wang");
    }
}
