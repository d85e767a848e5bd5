/**
 * Point location: placing a coordinate in exactly one grid, and so in its community, street and
 * district, the moment an event or a resident's report arrives.
 *
 * <p>For a plan: {@link org.gridgov.geo.locate.PlanLocator#of} over a bounded plan (from
 * {@code org.gridgov.geo.boundary.BoundaryFiles}) answers a coordinate in WGS84, GCJ-02 or BD-09
 * with its grid and chain of areas, and is the {@code GridResolver} grid-workflow's office takes.
 *
 * <p>Underneath: {@link org.gridgov.geo.locate.GridLocator}, built by
 * {@link org.gridgov.geo.locate.GridLocatorBuilder} from a plan revision's grid boundaries
 * (JTS Polygons or MultiPolygons by id) and optional parent links. It answers a point with a
 * grid and its chain of ancestors, or nothing; single points or parallel arrays; and, on request,
 * the {@link org.gridgov.geo.locate.NearestGrid nearest grid} and its distance in metres.
 * Boundaries are projected metres or longitude/latitude ({@link org.gridgov.geo.crs.Units});
 * points in GCJ-02 or BD-09 are converted on the way in (see {@code org.gridgov.geo.crs}).
 * A documented half-open rule puts every point on a shared edge or vertex in exactly one grid;
 * a point on the outline of the union belongs to the grid whose boundary it lies on.
 */
package org.gridgov.geo.locate;
