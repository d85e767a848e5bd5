package org.gridgov.core.register;

/** A sensitive field of a register record that {@link RegisterOffice#reveal} can show in clear. */
public enum Field {
    /** A resident's name. */
    NAME,
    /** A resident's ID number. */
    ID_NUMBER,
    /** A resident's phone number. */
    PHONE,
    /** A household's address. */
    ADDRESS,
    /** An organisation's credit code. */
    CREDIT_CODE
}
