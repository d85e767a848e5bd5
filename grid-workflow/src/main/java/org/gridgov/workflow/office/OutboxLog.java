package org.gridgov.workflow.office;

import java.util.Arrays;

/**
 * The in-memory store's outbox: its undelivered entries in sequence order, in an array (no boxed
 * sequence and no map node per event). Sequences only grow; an entry is found by binary search on
 * its sequence, a delivered one leaves a hole that the front skips and a regrowth squeezes out, and
 * a retry replaces its entry in place. Not thread-safe: the store's monitor guards it.
 */
final class OutboxLog {
    private OutboxEntry[] entries = new OutboxEntry[64];
    /** The live region is {@code [head, tail)}; holes in it are {@code null}. */
    private int head;

    private int tail;
    private int live;

    /** Appends an entry; its sequence is above every sequence appended before. */
    void add(OutboxEntry e) {
        if (tail == entries.length) {
            room();
        }
        entries[tail++] = e;
        live++;
    }

    /** The entry with this sequence, {@code null} if it is not in the outbox. */
    OutboxEntry get(long sequence) {
        int i = indexOf(sequence);
        return i < 0 ? null : entries[i];
    }

    /** Replaces the entry with the same sequence (a retry); a no-op if it is not in the outbox. */
    void replace(OutboxEntry e) {
        int i = indexOf(e.sequence());
        if (i >= 0) {
            entries[i] = e;
        }
    }

    /** Removes the entry with this sequence; whether it was in the outbox. */
    boolean remove(long sequence) {
        int i = indexOf(sequence);
        if (i < 0) {
            return false;
        }
        entries[i] = null;
        live--;
        if (live == 0) {
            Arrays.fill(entries, head, tail, null);
            head = 0;
            tail = 0;
        } else {
            while (entries[head] == null) {
                head++;
            }
        }
        return true;
    }

    /** How many entries wait. */
    int size() {
        return live;
    }

    boolean isEmpty() {
        return live == 0;
    }

    /** The first index of the live region (with {@link #end()} and {@link #at}: an ordered walk). */
    int start() {
        return head;
    }

    /** One past the last index of the live region. */
    int end() {
        return tail;
    }

    /** The entry at an index of the live region, {@code null} for a hole. */
    OutboxEntry at(int index) {
        return entries[index];
    }

    private int indexOf(long sequence) {
        if (live > 0 && entries[head].sequence() == sequence) {
            return head; // delivery marks the oldest entries first
        }
        int lo = head;
        int hi = tail - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            // a hole takes the sequence of the next entry after it (or is skipped at the end)
            int probe = mid;
            while (probe <= hi && entries[probe] == null) {
                probe++;
            }
            if (probe > hi) {
                hi = mid - 1;
                continue;
            }
            long s = entries[probe].sequence();
            if (s == sequence) {
                return probe;
            }
            if (s < sequence) {
                lo = probe + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** Squeezes out the holes; doubles the array if it stays more than half full. */
    private void room() {
        int n = 0;
        for (int i = head; i < tail; i++) {
            if (entries[i] != null) {
                entries[n++] = entries[i];
            }
        }
        Arrays.fill(entries, n, tail, null);
        head = 0;
        tail = n;
        if (n > entries.length / 2) {
            entries = Arrays.copyOf(entries, entries.length * 2);
        }
    }
}
