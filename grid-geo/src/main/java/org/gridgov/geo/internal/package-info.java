/**
 * grid-geo's implementation shared between its packages, not exported by module-info: the one
 * Earth model ({@link org.gridgov.geo.internal.Geodesy}, the WGS84 ellipsoid) that coverage and
 * location measure metres with.
 */
package org.gridgov.geo.internal;
