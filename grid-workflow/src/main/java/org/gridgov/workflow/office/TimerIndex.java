package org.gridgov.workflow.office;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.gridgov.workflow.matter.MatterId;
import org.gridgov.workflow.sla.Timer;

/**
 * The in-memory store's pending timers: each matter's list, and a heap in {@link Timer#DUE_ORDER}
 * with lazy deletion. Replacing a matter's timers only pushes the new ones; a superseded timer
 * stays in the heap until it reaches the top, where it is dropped because its matter no longer
 * lists it (or compaction rebuilds the heap once superseded entries outnumber the pending ones).
 * No tree to rebalance and nothing to remove on the commit path. Not thread-safe: the store's
 * monitor guards it.
 */
final class TimerIndex {
    private static final int SLACK = 1024;

    private final Map<MatterId, List<Timer>> byMatter = new HashMap<>();
    private PriorityQueue<Timer> heap = new PriorityQueue<>(Timer.DUE_ORDER);
    private int pending;

    /** A matter's pending timers, empty if none. */
    List<Timer> of(MatterId id) {
        return byMatter.getOrDefault(id, List.of());
    }

    /** Replaces a matter's pending timers (an unmodifiable list). */
    void replace(MatterId id, List<Timer> next) {
        List<Timer> old = of(id);
        if (same(old, next)) {
            return; // most transitions leave the pending steps as they were
        }
        if (next.isEmpty()) {
            byMatter.remove(id);
        } else {
            byMatter.put(id, next);
        }
        for (Timer t : next) {
            if (!old.contains(t)) {
                heap.add(t); // an unchanged timer's entry is in the heap already
            }
        }
        pending += next.size() - old.size();
        if (heap.size() > 2 * pending + SLACK) {
            compact();
        }
    }

    /** The pending timers due at or before {@code now}, in due order, at most {@code limit}. */
    List<Timer> due(Instant now, int limit) {
        if (limit < 1 || heap.isEmpty() || heap.peek().at().isAfter(now)) {
            return List.of(); // the usual tick: nothing due, nothing to build
        }
        List<Timer> out = new ArrayList<>();
        while (out.size() < limit && !heap.isEmpty() && !heap.peek().at().isAfter(now)) {
            Timer t = heap.poll();
            // equal entries (a timer superseded and then scheduled again) come out one after the other
            if (of(t.matter()).contains(t)
                    && (out.isEmpty() || !out.get(out.size() - 1).equals(t))) {
                out.add(t);
            }
        }
        heap.addAll(out); // still pending until their matters' changes replace them
        return out;
    }

    /** How many entries the heap holds, superseded ones included (for tests). */
    int heapSize() {
        return heap.size();
    }

    private void compact() {
        PriorityQueue<Timer> fresh = new PriorityQueue<>(Math.max(16, pending), Timer.DUE_ORDER);
        byMatter.values().forEach(fresh::addAll);
        heap = fresh;
    }

    private static boolean same(List<Timer> a, List<Timer> b) {
        if (a == b) {
            return true; // the clocks' list of the last change: nothing rescheduled since
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
