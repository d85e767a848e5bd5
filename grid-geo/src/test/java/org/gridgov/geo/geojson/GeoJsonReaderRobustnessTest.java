package org.gridgov.geo.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.gridgov.geo.coverage.CoverageCheck;
import org.gridgov.geo.coverage.CoverageOptions;
import org.gridgov.geo.coverage.CoverageReport;
import org.gridgov.geo.crs.Units;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded mutations of a small grid file (tokens swapped for NaN, strings, nulls, extra or
 * missing brackets, truncation): the reader either returns features and problems or throws
 * its typed {@link GeoJsonException}, and the coverage check of whatever it read never throws.
 */
class GeoJsonReaderRobustnessTest {
    private static final String FILE = "{\"type\":\"FeatureCollection\",\"features\":["
            + "{\"type\":\"Feature\",\"id\":\"a\",\"properties\":{\"code\":\"a\"},\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[119.40,32.20],[119.41,32.20],[119.41,32.21],[119.40,32.21],[119.40,32.20]]]}},"
            + "{\"type\":\"Feature\",\"id\":\"b\",\"properties\":{\"code\":\"b\"},\"geometry\":{\"type\":\"MultiPolygon\","
            + "\"coordinates\":[[[[119.41,32.20],[119.42,32.20],[119.42,32.21],[119.41,32.21],[119.41,32.20]],"
            + "[[119.412,32.202],[119.413,32.202],[119.413,32.203],[119.412,32.202]]]]}}]}";
    private static final String[] REPLACEMENTS = {
        "NaN", "\"x\"", "null", "[", "]", "", "1e999", "-0", "[]", "{}", ",", "0"
    };

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void mutatedFilesGiveProblemsOrATypedErrorNeverACrash(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 50; round++) {
            String mutated = mutate(FILE, random);
            GeoJsonFeatures read;
            try {
                read = GeoJsonReader.of(GeoJsonReader.Options.defaults())
                        .read(new ByteArrayInputStream(mutated.getBytes(StandardCharsets.UTF_8)), "grids.geojson");
            } catch (GeoJsonException e) {
                assertThat(e.path()).startsWith("grids.geojson");
                continue;
            }
            CoverageReport report = CoverageCheck.of(CoverageOptions.defaults().withUnits(Units.LON_LAT))
                    .check(read);
            assertThat(report.findings().size())
                    .isGreaterThanOrEqualTo(read.problems().size());
            assertThat(report.toJson()).startsWith("{\"valid\":");
        }
    }

    private static String mutate(String text, SplittableRandom random) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(sb.length());
            int end = Math.min(sb.length(), at + random.nextInt(1, 8));
            sb.replace(at, end, REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]);
        }
        if (random.nextInt(10) == 0) {
            sb.setLength(random.nextInt(sb.length()));
        }
        return sb.toString();
    }
}
