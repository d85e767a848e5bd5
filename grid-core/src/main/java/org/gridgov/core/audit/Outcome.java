package org.gridgov.core.audit;

/** Whether an audited operation was carried out. */
public enum Outcome {
    /** The actor was within scope; the operation ran. */
    ALLOWED,
    /** The actor was outside scope; the operation was refused and nothing changed. */
    REFUSED
}
