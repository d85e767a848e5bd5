/**
 * Sensitive personal values (PIPL art. 28): resident ID numbers, phone numbers, unified social
 * credit codes, names and addresses, each validated when read and masked wherever it is shown.
 *
 * <p>{@link org.gridgov.core.privacy.IdNumber} checks GB 11643 (the ISO 7064 MOD 11-2 check
 * character and the birth date), {@link org.gridgov.core.privacy.CreditCode} GB 32100 (with a
 * lenient reading of legacy organisation codes), {@link org.gridgov.core.privacy.PhoneNumber}
 * mainland mobile and fixed-line numbers. Every {@link org.gridgov.core.privacy.Sensitive} value
 * is masked in {@code toString}, in JSON and in exception messages ({@code 110105********1234},
 * {@code 138****5678}); the clear text comes out only through {@link
 * org.gridgov.core.privacy.Revealer}, which takes the actor and a purpose, checks the scope and
 * writes an audit entry.
 */
package org.gridgov.core.privacy;
