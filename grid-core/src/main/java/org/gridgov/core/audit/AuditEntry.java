package org.gridgov.core.audit;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One entry of the audit trail: an {@link AuditEvent} stamped with its sequence number (from 1,
 * no gaps) and the time from the trail's clock, chained to the previous entry by
 * {@code hash = SHA-256(previousHash | sequence | at | actor | action | record | area | purpose |
 * outcome)} in lower-case hex. The first entry's previous hash is {@link #GENESIS}.
 *
 * <p>A stored entry is only data: {@link AuditCheck} recomputes the hash to find tampering.
 *
 * @param sequence the position in the trail, from 1
 * @param at when, from the injected clock
 * @param event what happened
 * @param previousHash the hash of the entry before, or {@link #GENESIS}
 * @param hash this entry's hash as stored
 */
public record AuditEntry(long sequence, Instant at, AuditEvent event, String previousHash, String hash) {
    /** The previous hash of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    public AuditEntry {
        requireNonNull(at, "at");
        requireNonNull(event, "event");
        requireNonNull(previousHash, "previousHash");
        requireNonNull(hash, "hash");
    }

    /** A new entry after one whose hash is {@code previousHash}, with its hash computed. */
    public static AuditEntry chain(long sequence, Instant at, AuditEvent event, String previousHash) {
        return new AuditEntry(sequence, at, event, previousHash, hashOf(sequence, at, event, previousHash));
    }

    /** The hash this entry's fields give: equal to {@link #hash()} unless the entry was altered. */
    public String expectedHash() {
        return hashOf(sequence, at, event, previousHash);
    }

    static String hashOf(long sequence, Instant at, AuditEvent event, String previousHash) {
        String text = String.join(
                "|",
                previousHash,
                Long.toString(sequence),
                at.toString(),
                event.actor(),
                event.action(),
                event.record(),
                event.area(),
                event.purpose().code(),
                event.outcome().name());
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
