/**
 * Actors and their scopes: who may read or change personal data, and where.
 *
 * <p>An {@link org.gridgov.core.access.Actor} has roles and an area scope: a grid worker acts
 * within their grids; community, street and district roles within their subtree; a department
 * within matters assigned to it and a resident within their own reports (neither reaches the
 * register). {@link org.gridgov.core.access.ScopeGuard} checks every operation and audits both
 * outcomes; a refusal is an {@link org.gridgov.core.access.AccessDeniedException} naming the
 * actor, the action and the area. Hosts supply actors from their identity system through {@link
 * org.gridgov.core.access.ActorSource}.
 */
package org.gridgov.core.access;
