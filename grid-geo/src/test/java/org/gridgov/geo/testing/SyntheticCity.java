package org.gridgov.geo.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * A synthetic city for tests and benchmarks: {@code n} Voronoi cells of random sites,
 * clipped to a square in projected metres, about 300 m across each (a grid of 200-300
 * households in a dense district), about 7 vertices per cell.
 *
 * <p>Coordinates are rounded to the millimetre after clipping, so neighbours share
 * their vertices exactly and the cells form a clean coverage of {@link #extent()}.
 * Deterministic for a given {@code (n, seed)}.
 */
public final class SyntheticCity {
    /** Mean cell width in metres. */
    public static final double CELL_SIZE_M = 300;

    private static final double MM = 1000;

    private final List<Polygon> cells;
    private final Polygon extent;

    private SyntheticCity(List<Polygon> cells, Polygon extent) {
        this.cells = List.copyOf(cells);
        this.extent = extent;
    }

    /** Generates {@code n} cells from {@code seed}. */
    public static SyntheticCity generate(int n, long seed) {
        GeometryFactory factory = new GeometryFactory();
        double side = Math.round(Math.sqrt((double) n) * CELL_SIZE_M);
        Envelope box = new Envelope(0, side, 0, side);
        SplittableRandom random = new SplittableRandom(seed);
        List<Coordinate> sites = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sites.add(new Coordinate(random.nextDouble() * side, random.nextDouble() * side));
        }
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        Envelope clip = new Envelope(box);
        clip.expandBy(side);
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(factory);
        Polygon extent = (Polygon) factory.toGeometry(box);
        List<Polygon> cells = new ArrayList<>(n);
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            Coordinate[] ring = roundToMillimetre(cell.getCoordinates());
            if (!box.contains(cell.getEnvelopeInternal())) {
                ring = ConvexClip.toBox(ring, box);
            }
            if (ring.length >= 4) {
                cells.add(rounded(ring, factory));
            }
        }
        return new SyntheticCity(cells, extent);
    }

    /** The cells, in a stable order; cell {@code i} has id {@link #id(int) id(i)}. */
    public List<Polygon> cells() {
        return cells;
    }

    /** A stable id for cell {@code i}. */
    public static String id(int i) {
        return "G" + i;
    }

    /** The square the cells cover exactly. */
    public Polygon extent() {
        return extent;
    }

    private static Polygon rounded(Coordinate[] ring, GeometryFactory factory) {
        return factory.createPolygon(CoordinateArrays.removeRepeatedPoints(roundToMillimetre(ring)));
    }

    private static Coordinate[] roundToMillimetre(Coordinate[] ring) {
        for (Coordinate c : ring) {
            c.x = Math.round(c.x * MM) / MM;
            c.y = Math.round(c.y * MM) / MM;
        }
        return ring;
    }
}
