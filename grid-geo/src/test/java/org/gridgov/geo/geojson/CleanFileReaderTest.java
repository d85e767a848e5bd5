package org.gridgov.geo.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.gridgov.geo.testing.SyntheticCity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The streaming fast path of the reader gives exactly the strict tree reader's features on every
 * clean file, and gives up (so the tree reader answers) on every file the tree reader finds a
 * problem in: checked on the sample district, a synthetic city written by our writer, the world
 * file and hundreds of seeded mutations of the sample.
 */
class CleanFileReaderTest {
    private static final Path SAMPLES = Path.of(System.getProperty("grid.data")).resolveSibling("samples");
    private static final GeoJsonReader BY_CODE =
            GeoJsonReader.of(GeoJsonReader.Options.defaults().withIdProperty("code"));
    private static final GeoJsonReader BY_ID = GeoJsonReader.of(GeoJsonReader.Options.defaults());

    @Test
    void theSampleDistrictIsReadInOnePassWithTheTreeReadersFeatures() throws IOException {
        for (String name : List.of("jingkou.grids.geojson", "jingkou.areas.geojson")) {
            byte[] bytes = Files.readAllBytes(SAMPLES.resolve(name));
            for (GeoJsonReader reader : List.of(BY_CODE, BY_ID)) {
                GeoJsonFeatures tree = reader.readTree(bytes, name);
                Optional<GeoJsonFeatures> fast = fast(reader, bytes, name);
                assertThat(tree.problems()).isEmpty();
                assertThat(fast).as(name).isPresent();
                assertThat(fast.get()).isEqualTo(tree);
            }
        }
    }

    @Test
    void aWrittenCityIsReadInOnePassWithTheTreeReadersFeatures() {
        SyntheticCity city = SyntheticCity.generate(2_000, 3);
        List<GeoJsonFeature> features = new ArrayList<>();
        for (int i = 0; i < city.cells().size(); i++) {
            features.add(GeoJsonFeature.of(
                    SyntheticCity.id(i), city.cells().get(i), Map.of("households", (long) (200 + i % 100))));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeoJsonWriter.write(features, out);
        byte[] bytes = out.toByteArray();

        GeoJsonFeatures tree = BY_ID.readTree(bytes, "city.geojson");
        assertThat(tree.features()).hasSize(2_000);
        assertThat(fast(BY_ID, bytes, "city.geojson")).contains(tree);
    }

    @Test
    void theWorldFileIsReadInOnePassWithTheTreeReadersFeatures() throws IOException {
        // topologically dirty (invalid rings, overlaps) but clean JSON: the fast path's case
        byte[] bytes = Files.readAllBytes(Path.of(System.getProperty("grid.data"), "world-countries-50m.geojson"));
        GeoJsonFeatures tree = BY_CODE.readTree(bytes, "world.geojson");
        assertThat(tree.problems()).isEmpty();
        assertThat(fast(BY_CODE, bytes, "world.geojson")).contains(tree);
    }

    @Test
    void whatOnlyTheTreeReaderReportsIsLeftToIt() {
        String ring = "[[[0,0],[1,0],[1,1],[0,1],[0,0]]]";
        String good = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"a\","
                + "\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + ring + "}}]}";
        assertThat(fast(BY_ID, good.getBytes(StandardCharsets.UTF_8), "f")).isPresent();
        for (String bad : List.of(
                "\uFEFF" + good,
                good + " {}",
                good.replace("\"id\":\"a\"", "\"id\":\"a\",\"id\":\"b\""),
                good.replace("[1,1]", "[NaN,1]"),
                good.replace(",[0,0]]]", ",[0,0.5]]]"),
                good.replace("\"id\":\"a\"", "\"id\":\" \""),
                good.replace("\"id\":\"a\"", "\"id\":1.5"),
                good.replace("\"properties\":{}", "\"properties\":{\"x\":[1]}"),
                good.replace("\"Polygon\"", "\"Point\""),
                good.replace("{\"type\":\"Polygon\",\"coordinates\":" + ring + "}", "null"))) {
            assertThat(fast(BY_ID, bad.getBytes(StandardCharsets.UTF_8), "f"))
                    .as(bad)
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void aMutatedSampleIsReadInOnePassOnlyWhenTheTreeReaderFindsNothingAndThenAlike(long seed) throws IOException {
        byte[] original = Files.readAllBytes(SAMPLES.resolve("jingkou.grids.geojson"));
        String text = new String(original, StandardCharsets.UTF_8);
        String[] replacements = {"NaN", "\"x\"", "null", "[", "]", "", "1e999", "-0", "[]", "{}", ",", "0", "7", "\""};
        SplittableRandom random = new SplittableRandom(seed);
        int fastReads = 0;
        for (int round = 0; round < 150; round++) {
            StringBuilder sb = new StringBuilder(text);
            int at = random.nextInt(sb.length());
            sb.replace(
                    at,
                    Math.min(sb.length(), at + random.nextInt(1, 6)),
                    replacements[random.nextInt(replacements.length)]);
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            Optional<GeoJsonFeatures> fast = fast(BY_CODE, bytes, "m.geojson");
            if (fast.isPresent()) {
                fastReads++;
                GeoJsonFeatures tree = BY_CODE.readTree(bytes, "m.geojson");
                assertThat(tree.problems()).isEmpty();
                assertThat(fast.get()).isEqualTo(tree);
            }
        }
        assertThat(fastReads).isPositive();
    }

    private static Optional<GeoJsonFeatures> fast(GeoJsonReader reader, byte[] bytes, String source) {
        return new CleanFileReader(new GeometryFactory(), reader.options().idProperty()).read(bytes, source);
    }
}
