package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.sla.Timer;

/**
 * The in-memory store's pending timers: each matter's list, and a heap in {@link Timer#DUE_ORDER}
 * that holds, for each matter with timers, an entry no later than its earliest pending timer (its
 * head), with lazy deletion. Replacing a matter's timers pushes its new head only when it comes
 * before the old one (or there was none): a head that moved later (a clock stopped or paused, the
 * usual case) is stood in for by the old entry, which pushes the matter's current head when it
 * reaches the top before it; an entry whose matter has no timers left is dropped there (and
 * compaction rebuilds the heap once stale entries outnumber the matters with timers). {@link #due}
 * takes the due timers of the matters whose heads come first from their lists. Not thread-safe: the
 * store's monitor guards it.
 */
final class TimerIndex {
    private static final int SLACK = 1024;

    private final Map<MatterId, List<Timer>> byMatter = new HashMap<>();
    private PriorityQueue<Timer> heap = new PriorityQueue<>(Timer.DUE_ORDER);

    /** A matter's pending timers, empty if none. */
    List<Timer> of(MatterId id) {
        return byMatter.getOrDefault(id, List.of());
    }

    /** Replaces a matter's pending timers (an unmodifiable list). */
    void replace(MatterId id, List<Timer> next) {
        List<Timer> old = next.isEmpty() ? byMatter.remove(id) : byMatter.put(id, next);
        if (old == next) {
            return; // the clocks' list of the last change: nothing rescheduled since
        }
        Timer head = head(next);
        Timer before = head(old);
        if (head != null && (before == null || Timer.DUE_ORDER.compare(head, before) < 0)) {
            heap.add(head); // an equal or later head has the old head's entry (or one before it) standing in
        }
        if (heap.size() > 2 * byMatter.size() + SLACK) {
            compact();
        }
    }

    /** The pending timers due at or before {@code now}, in due order, at most {@code limit}. */
    List<Timer> due(Instant now, int limit) {
        if (limit < 1 || heap.isEmpty() || heap.peek().at().isAfter(now)) {
            return List.of(); // the usual tick: nothing due, nothing to build
        }
        // The first `limit` heads in due order come before every timer of the matters not taken:
        // the due timers of their matters hold the answer.
        List<Timer> heads = new ArrayList<>();
        List<Timer> out = new ArrayList<>();
        Set<MatterId> taken = new HashSet<>();
        while (heads.size() < limit && !heap.isEmpty() && !heap.peek().at().isAfter(now)) {
            Timer t = heap.poll();
            List<Timer> pending = byMatter.get(t.matter());
            if (pending == null) {
                continue; // the matter has no timers left
            }
            Timer head = head(pending);
            if (!t.equals(head)) {
                if (Timer.DUE_ORDER.compare(head, t) > 0) {
                    heap.add(head); // t stood in for a head that moved later: the head takes its place
                }
                continue; // (an earlier head was pushed when it was scheduled)
            }
            if (!taken.add(t.matter())) {
                continue; // an equal entry (a head pushed again)
            }
            heads.add(t);
            for (int i = 0; i < pending.size(); i++) {
                if (!pending.get(i).at().isAfter(now)) {
                    out.add(pending.get(i));
                }
            }
        }
        heap.addAll(heads); // still pending until their matters' changes replace them
        out.sort(Timer.DUE_ORDER);
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** How many entries the heap holds, superseded ones included (for tests). */
    int heapSize() {
        return heap.size();
    }

    private void compact() {
        // room for the heads and the slack before the next compaction: the heap does not regrow its
        // array step by step after each compaction
        PriorityQueue<Timer> fresh = new PriorityQueue<>(2 * byMatter.size() + SLACK + 1, Timer.DUE_ORDER);
        for (List<Timer> pending : byMatter.values()) {
            fresh.add(head(pending));
        }
        heap = fresh;
    }

    /** The earliest of a matter's timers in due order, {@code null} if none. */
    private static Timer head(List<Timer> timers) {
        if (timers == null || timers.isEmpty()) {
            return null;
        }
        Timer head = timers.get(0);
        for (int i = 1; i < timers.size(); i++) {
            if (Timer.DUE_ORDER.compare(timers.get(i), head) < 0) {
                head = timers.get(i);
            }
        }
        return head;
    }
}
