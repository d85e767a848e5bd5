package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.whistle.Summons;

/**
 * The check-in deadlines of summoned departments this office knows, in due order: the timers of
 * 部门报到. Loaded once from the store's open matters with a summons ({@link
 * OfficeStore#summonedOpenMatters}, so a new office on the same store finds the summonses made
 * before it), then kept by the office as it summons. Thread-safe.
 */
final class CheckInWatch {
    private record Due(Instant at, MatterId matter) implements Comparable<Due> {
        @Override
        public int compareTo(Due o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : matter.compareTo(o.matter);
        }
    }

    private final ConcurrentSkipListSet<Due> dues = new ConcurrentSkipListSet<>();
    private volatile boolean loaded;

    /** Watches a matter's pending check-in deadlines. */
    void watch(MatterId matter, List<Summons> summonses) {
        for (Summons s : summonses) {
            if (s.pending()) {
                dues.add(new Due(s.due(), matter));
            }
        }
    }

    /** Takes the matters with a check-in deadline at or before {@code now}, each once, in due order. */
    List<MatterId> takeDue(Instant now, OfficeStore store) {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    for (MatterRecord r : store.summonedOpenMatters()) {
                        watch(r.matter().id(), Summons.of(r.history()));
                    }
                    loaded = true;
                }
            }
        }
        if (dues.isEmpty()) {
            return List.of(); // the usual tick: no summons waits for a check-in
        }
        List<MatterId> out = new ArrayList<>();
        for (Due d = dues.pollFirst(); d != null; d = dues.pollFirst()) {
            if (d.at().isAfter(now)) {
                dues.add(d);
                break;
            }
            if (!out.contains(d.matter())) {
                out.add(d.matter());
            }
        }
        return out;
    }
}
