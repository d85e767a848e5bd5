package org.gridgov.core.access;

/** What an actor does to personal data; named in audit entries and refusals. */
public enum Action {
    /** Reads one record (masked). */
    READ_RECORD,
    /** Lists the records of an area (masked). */
    LIST_RECORDS,
    /** Reads one value in clear text. */
    REVEAL_VALUE,
    /** Adds, moves, tags or removes a record. */
    CHANGE_RECORD,
    /** Reads the audit trail. */
    READ_AUDIT
}
