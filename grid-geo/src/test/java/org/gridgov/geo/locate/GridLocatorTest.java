package org.gridgov.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** The boundary rule, ancestors, nearest grids and misuse, on small grids written as WKT. */
class GridLocatorTest {
    /** Four unit squares meeting at (1, 1): SW, SE, NW, NE. */
    private static final Map<String, Geometry> QUARTERS = grids(
            "SW", "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))",
            "SE", "POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))",
            "NW", "POLYGON ((0 1, 1 1, 1 2, 0 2, 0 1))",
            "NE", "POLYGON ((1 1, 2 1, 2 2, 1 2, 1 1))");

    @Test
    void aPointOnASharedEdgeBelongsToTheGridRightOfOrAboveIt() {
        GridLocator locator = GridLocator.of(QUARTERS);
        assertThat(locator.locate(1, 0.5)).contains("SE");
        assertThat(locator.locate(0.5, 1)).contains("NW");
        assertThat(locator.locate(1, 1)).contains("NE");
        assertThat(locator.locate(0, 0)).contains("SW");
        assertThat(locator.locate(0.5, 0.5)).contains("SW");
    }

    @Test
    void aPointOnTheOutlineBelongsToTheGridWhoseBoundaryItLiesOn() {
        GridLocator locator = GridLocator.of(QUARTERS);
        assertThat(locator.locate(2, 0.5)).contains("SE");
        assertThat(locator.locate(0.5, 2)).contains("NW");
        assertThat(locator.locate(2, 2)).contains("NE");
        assertThat(locator.locate(2, 0)).contains("SE");
        assertThat(locator.locate(0, 2)).contains("NW");
        assertThat(locator.locate(1.5, 2)).contains("NE");
        assertThat(locator.locate(2, 1.5)).contains("NE");
        assertThat(locator.locateAll(new double[] {2, 0.5, 2, 1.5}, new double[] {0.5, 2, 2, 2}))
                .containsExactly("SE", "NW", "NE", "NE");
    }

    @Test
    void whereTwoGridsMeetOnTheOutlineTheGridGivenFirstWins() {
        GridLocator locator = GridLocator.of(QUARTERS);
        assertThat(locator.locate(1, 2)).contains("NW");
        assertThat(locator.locate(2, 1)).contains("SE");
        Map<String, Geometry> reversed = new LinkedHashMap<>();
        for (String id : new String[] {"NE", "NW", "SE", "SW"}) {
            reversed.put(id, QUARTERS.get(id));
        }
        GridLocator other = GridLocator.of(reversed);
        assertThat(other.locate(1, 2)).contains("NE");
        assertThat(other.locate(2, 1)).contains("NE");
        assertThat(other.locate(1, 0.5)).contains("SE");
    }

    @Test
    void aPointOffTheOutlineIsOutside() {
        GridLocator locator = GridLocator.of(QUARTERS);
        assertThat(locator.locate(Math.nextUp(2.0), 0.5)).isEmpty();
        assertThat(locator.locate(0.5, Math.nextUp(2.0))).isEmpty();
        assertThat(locator.locate(-0.001, 1)).isEmpty();
        assertThat(locator.locate(2, -0.001)).isEmpty();
        assertThat(locator.locate(Double.NaN, 1)).isEmpty();
        assertThat(locator.locate(2, Double.NaN)).isEmpty();
    }

    @Test
    void theSideOfAHoleNoGridFillsBelongsToTheGridAroundIt() {
        GridLocator locator =
                GridLocator.of(grids("ring", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))"));
        assertThat(locator.locate(5, 5)).isEmpty();
        assertThat(locator.locate(4, 5)).contains("ring");
        assertThat(locator.locate(5, 4)).contains("ring");
        assertThat(locator.locate(5, 6)).contains("ring");
        assertThat(locator.locate(6, 5)).contains("ring");
        assertThat(locator.locate(10, 10)).contains("ring");
    }

    @Test
    void aHoleIsOutsideItsGridAndInsideTheIslandGridThatFillsIt() {
        GridLocator locator = GridLocator.of(grids(
                "ring", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))",
                "island", "POLYGON ((4 4, 6 4, 6 6, 4 6, 4 4))"));
        assertThat(locator.locate(5, 5)).contains("island");
        assertThat(locator.locate(4, 5)).contains("island");
        assertThat(locator.locate(6, 5)).contains("ring");
        assertThat(locator.locate(1, 1)).contains("ring");
    }

    @Test
    void aMultiPolygonGridAnswersForEachOfItsParts() {
        GridLocator locator = GridLocator.of(
                grids("islands", "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((5 5, 6 5, 6 6, 5 6, 5 5)))"));
        assertThat(locator.locate(0.5, 0.5)).contains("islands");
        assertThat(locator.locate(5.5, 5.5)).contains("islands");
        assertThat(locator.locate(3, 3)).isEmpty();
    }

    @Test
    void whereGridsOverlapTheGridGivenFirstWins() {
        GridLocator locator = GridLocator.of(grids(
                "first", "POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))",
                "second", "POLYGON ((1 1, 3 1, 3 3, 1 3, 1 1))"));
        assertThat(locator.locate(1.5, 1.5)).contains("first");
        assertThat(locator.locate(2.5, 2.5)).contains("second");
    }

    @Test
    void theChainNamesTheGridAndEveryAncestor() {
        GridLocator locator = GridLocator.builder()
                .grids(QUARTERS)
                .parents(Map.of(
                        "SW", "321102001001", "SE", "321102001001", "321102001001", "321102001", "321102001", "321102"))
                .build();
        assertThat(locator.locateChain(0.5, 0.5)).containsExactly("SW", "321102001001", "321102001", "321102");
        assertThat(locator.locateChain(1.5, 1.5)).containsExactly("NE");
        assertThat(locator.locateChain(5, 5)).isEmpty();
        assertThat(locator.chain("SE")).containsExactly("SE", "321102001001", "321102001", "321102");
        assertThatThrownBy(() -> locator.chain("G404")).isInstanceOf(UnknownIdException.class);
    }

    @Test
    void parentLinksInACycleAreRejected() {
        GridLocatorBuilder builder = GridLocator.builder()
                .grids(QUARTERS)
                .parent("SW", "community")
                .parent("community", "street")
                .parent("street", "SW");
        assertThatThrownBy(builder::build)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cycle");
    }

    @Test
    void nearestGridIsMeasuredToItsBoundaryInMetres() {
        GridLocator locator = GridLocator.of(QUARTERS);
        NearestGrid nearest = locator.nearest(5, 5).orElseThrow();
        assertThat(nearest.grid()).isEqualTo("NE");
        assertThat(nearest.distanceMetres()).isCloseTo(Math.hypot(3, 3), within(1e-12));
        assertThat(locator.nearest(0.5, -4)).contains(new NearestGrid("SW", 4));
        assertThat(locator.nearest(1.5, 0.5)).contains(new NearestGrid("SE", 0));
        assertThat(GridLocator.of(Map.of()).nearest(1, 1)).isEmpty();
        assertThat(locator.nearest(Double.NaN, 1)).isEmpty();
        assertThat(locator.nearest(Double.POSITIVE_INFINITY, 1)).isEmpty();
    }

    @Test
    void batchesAnswerLikeSinglePoints() {
        GridLocator locator = GridLocator.of(QUARTERS);
        double[] xs = {0.5, 1, 1, 2, 7};
        double[] ys = {0.5, 0.5, 1, 1, 7};
        assertThat(locator.locateAll(xs, ys)).containsExactly("SW", "SE", "NE", "SE", null);
        assertThatThrownBy(() -> locator.locateAll(xs, new double[2], new int[5]))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ys");
    }

    @Test
    void badBoundariesAreRejectedNamingTheGridAndLeaveTheBuilderAsItWas() {
        GridLocatorBuilder builder = GridLocator.builder().grid("A", geometry("POLYGON ((0 0, 1 0, 1 1, 0 0))"));
        Map<String, Geometry> bad = new LinkedHashMap<>();
        bad.put("B", geometry("POLYGON ((2 0, 3 0, 3 1, 2 0))"));
        bad.put("C", geometry("LINESTRING (0 0, 1 1)"));
        assertThatThrownBy(() -> builder.grids(bad))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("grids[C]")
                .hasMessageContaining("Polygon or MultiPolygon");
        assertThat(builder.build().ids()).containsExactly("A");
        assertThatThrownBy(() -> builder.grid("A", geometry("POLYGON ((5 5, 6 5, 6 6, 5 5))")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unique");
        assertThatThrownBy(() -> builder.grid(" ", geometry("POLYGON ((5 5, 6 5, 6 6, 5 5))")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> builder.grid("E", geometry("POLYGON EMPTY")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void aPointSystemOtherThanWgs84NeedsLongitudeLatitudeBoundaries() {
        assertThatThrownBy(() -> GridLocator.builder()
                        .grids(QUARTERS)
                        .pointSystem(org.gridgov.geo.crs.CoordinateSystem.BD09)
                        .build())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("pointSystem");
    }

    @Test
    void aGridWithoutAreaHoldsOnlyItsOutline() {
        GridLocator locator = GridLocator.of(grids(
                "sliver", "POLYGON ((0 0, 0 1, 0 2, 0 0))",
                "flat", "POLYGON ((0 5, 3 5, 6 5, 0 5))"));
        assertThat(locator.locate(0.5, 0.5)).isEmpty();
        assertThat(locator.locate(3, 5.5)).isEmpty();
        // only its outline: the points on it, like every point of the union's outline
        assertThat(locator.locate(0, 0.5)).contains("sliver");
        assertThat(locator.locate(3, 5)).contains("flat");
        assertThat(locator.nearest(1, 0.5)).contains(new NearestGrid("sliver", 1));
        GridLocator zeroWidth = GridLocator.of(grids("sliver", "POLYGON ((0 0, 0 1, 0 2, 0 0))"));
        assertThat(zeroWidth.locate(0.5, 0.5)).isEmpty();
        assertThat(zeroWidth.locate(0, 0.5)).contains("sliver");
        assertThat(zeroWidth.nearest(-2, 1)).contains(new NearestGrid("sliver", 2));
    }

    @Test
    void anEmptyLocatorPlacesNothing() {
        GridLocator locator = GridLocator.of(Map.of());
        assertThat(locator.locate(0, 0)).isEmpty();
        assertThat(locator.locateAll(new double[] {0}, new double[] {0})).containsExactly((String) null);
        assertThat(locator.size()).isZero();
    }

    static Map<String, Geometry> grids(String... idAndWkt) {
        Map<String, Geometry> out = new LinkedHashMap<>();
        for (int k = 0; k < idAndWkt.length; k += 2) {
            out.put(idAndWkt[k], geometry(idAndWkt[k + 1]));
        }
        return out;
    }

    static Geometry geometry(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }
}
