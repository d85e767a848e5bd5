/**
 * The basic information base (基础信息库: 人、地、物、事、组织、场所): residents, households,
 * organisations and venues, each in exactly one grid, their tags and their history of changes.
 *
 * <p>Read a {@code grid-register/1} file with {@link org.gridgov.core.register.RegisterFile},
 * check it against its plan ({@link org.gridgov.core.register.RegisterFile#check}) and open it
 * as a {@link org.gridgov.core.register.RegisterOffice}, the front door: every operation takes
 * the {@link org.gridgov.core.access.Actor} and a {@link org.gridgov.core.audit.Purpose}, checks
 * the actor's scope and writes an audit entry. Records show personal values masked; clear text
 * only through {@link org.gridgov.core.register.RegisterOffice#reveal}. Tags (the special
 * populations and the must-visit groups) are data: {@link
 * org.gridgov.core.register.TagCatalogue#defaults()}.
 */
package org.gridgov.core.register;
