package org.gridgov.core.audit;

import java.util.List;
import java.util.Optional;
import org.gridgov.core.audit.AuditBreak.Kind;

/**
 * Verifies a sequence of audit entries: each entry's hash is recomputed from its fields, each
 * links to the hash of the one before, and sequence numbers run without gaps. Reports the first
 * break only: after it, nothing is trustworthy. Stateless.
 */
public final class AuditCheck {
    private AuditCheck() {}

    /**
     * Verifies entries read back from a store, as they come: a trail that starts at 1 must start
     * from {@link AuditEntry#GENESIS}; one that starts later (after pruning) is trusted from its
     * first entry's link. Without an anchor, a cut-off start or end cannot be seen: {@link
     * AuditTrail#verify()} supplies both.
     */
    public static AuditReport verify(List<AuditEntry> entries) {
        return verify(entries, entries.isEmpty() ? 1 : entries.get(0).sequence(), Optional.empty());
    }

    /**
     * Verifies entries that must start at sequence {@code firstSequence} and, when {@code head} is
     * given, end with that entry.
     */
    public static AuditReport verify(List<AuditEntry> entries, long firstSequence, Optional<AuditEntry> head) {
        long expected = firstSequence;
        String previousHash = null;
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry entry = entries.get(i);
            if (entry.sequence() != expected) {
                return broken(i, ordering(entries, i, expected));
            }
            if (!entry.expectedHash().equals(entry.hash())) {
                return broken(
                        i,
                        new AuditBreak(
                                Kind.TAMPERED,
                                entry.sequence(),
                                "entry " + entry.sequence() + ": its fields do not give its stored hash"));
            }
            boolean linked = previousHash == null
                    ? expected != 1 || entry.previousHash().equals(AuditEntry.GENESIS)
                    : entry.previousHash().equals(previousHash);
            if (!linked) {
                return broken(
                        i,
                        new AuditBreak(
                                Kind.TAMPERED,
                                entry.sequence(),
                                "entry " + entry.sequence() + ": does not link to the hash of entry "
                                        + (entry.sequence() - 1)));
            }
            previousHash = entry.hash();
            expected++;
        }
        if (head.isPresent()) {
            AuditEntry last = head.get();
            if (expected <= last.sequence()) {
                return broken(
                        entries.size(),
                        new AuditBreak(
                                Kind.MISSING,
                                expected,
                                "entries " + expected + " to " + last.sequence() + " are missing at the end"));
            }
            if (!last.hash().equals(previousHash)) {
                return broken(
                        entries.size(),
                        new AuditBreak(
                                Kind.TAMPERED,
                                last.sequence(),
                                "entry " + last.sequence() + ": differs from the head the trail wrote"));
            }
        }
        return new AuditReport(entries.size(), Optional.empty());
    }

    private static AuditBreak ordering(List<AuditEntry> entries, int at, long expected) {
        long found = entries.get(at).sequence();
        for (int j = at + 1; j < entries.size(); j++) {
            if (entries.get(j).sequence() == expected) {
                return new AuditBreak(
                        Kind.REORDERED,
                        found,
                        "entry " + found + " stands where entry " + expected + " belongs; " + expected
                                + " comes later");
            }
        }
        if (found < expected) {
            return new AuditBreak(Kind.REORDERED, found, "entry " + found + " comes after entry " + (expected - 1));
        }
        return new AuditBreak(
                Kind.MISSING,
                expected,
                found == expected + 1
                        ? "entry " + expected + " is missing"
                        : "entries " + expected + " to " + (found - 1) + " are missing");
    }

    private static AuditReport broken(int checked, AuditBreak at) {
        return new AuditReport(checked, Optional.of(at));
    }
}
