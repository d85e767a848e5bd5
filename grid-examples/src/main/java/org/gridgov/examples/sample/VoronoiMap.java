package org.gridgov.examples.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Invented but plausible grid cells for the sample district: the Voronoi cells of random sites,
 * in metres around an origin, and which cells border which.
 *
 * <p>A ring of frame sites around the sites keeps every cell bounded without clipping, so the
 * district's outline is as irregular as a real one. Vertices are rounded to the millimetre, so
 * neighbouring cells share their vertices exactly and the cells form a clean coverage.
 */
final class VoronoiMap {
    private static final double MM = 1000;

    final List<Polygon> cells;
    final List<Coordinate> sites;
    final List<List<Integer>> neighbours;

    private VoronoiMap(List<Polygon> cells, List<Coordinate> sites, List<List<Integer>> neighbours) {
        this.cells = cells;
        this.sites = sites;
        this.neighbours = neighbours;
    }

    /** {@code n} cells of about {@code cellSize} metres across, from {@code random}. */
    static VoronoiMap generate(int n, double cellSize, SplittableRandom random) {
        GeometryFactory factory = new GeometryFactory();
        double side = Math.sqrt((double) n) * cellSize;
        List<Coordinate> sites = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sites.add(new Coordinate(random.nextDouble() * side, random.nextDouble() * side));
        }
        List<Coordinate> all = new ArrayList<>(sites);
        int frame = 64;
        for (int i = 0; i < frame; i++) {
            double angle = 2 * Math.PI * i / frame;
            all.add(new Coordinate(side / 2 + side * Math.cos(angle), side / 2 + side * Math.sin(angle)));
        }
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(all);
        Envelope clip = new Envelope(-2 * side, 3 * side, -2 * side, 3 * side);
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(factory);
        Map<Coordinate, Polygon> bySite = new HashMap<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Polygon cell = (Polygon) diagram.getGeometryN(i);
            bySite.put((Coordinate) cell.getUserData(), cell);
        }
        List<Polygon> cells = new ArrayList<>();
        for (Coordinate site : sites) {
            Coordinate[] ring = bySite.get(site).getExteriorRing().getCoordinates();
            for (Coordinate c : ring) {
                c.x = Math.round(c.x * MM) / MM;
                c.y = Math.round(c.y * MM) / MM;
            }
            cells.add(factory.createPolygon(CoordinateArrays.removeRepeatedPoints(ring)));
        }
        return new VoronoiMap(cells, sites, neighbours(cells));
    }

    private static List<List<Integer>> neighbours(List<Polygon> cells) {
        Map<String, List<Integer>> byEdge = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Coordinate[] ring = cells.get(i).getExteriorRing().getCoordinates();
            for (int k = 0; k + 1 < ring.length; k++) {
                Coordinate a = ring[k];
                Coordinate b = ring[k + 1];
                String key = a.compareTo(b) < 0
                        ? a.x + "," + a.y + ";" + b.x + "," + b.y
                        : b.x + "," + b.y + ";" + a.x + "," + a.y;
                byEdge.computeIfAbsent(key, x -> new ArrayList<>()).add(i);
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (List<Integer> pair : byEdge.values()) {
            if (pair.size() == 2) {
                out.get(pair.get(0)).add(pair.get(1));
                out.get(pair.get(1)).add(pair.get(0));
            }
        }
        out.replaceAll(list -> list.stream().sorted().distinct().toList());
        return out;
    }
}
