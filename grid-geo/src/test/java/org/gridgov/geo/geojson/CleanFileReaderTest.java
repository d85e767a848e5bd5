package org.gridgov.geo.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aDuplicateKeyAtAnyDepthIsLeftToTheTreeReaderWhichRefusesTheFile() {
        String ring = "[[[0,0],[1,0],[1,1],[0,1],[0,0]]]";
        String good = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"a\","
                + "\"properties\":{\"code\":\"g1\",\"name\":\"x\"},\"extra\":{\"k\":[{\"a\":1}]},"
                + "\"geometry\":{\"type\":\"Polygon\",\"bbox\":[0,0,1,1],\"coordinates\":" + ring + "}}],"
                + "\"meta\":{\"m\":{\"n\":1}}}";
        for (GeoJsonReader reader : List.of(BY_ID, BY_CODE)) {
            assertThat(fast(reader, good.getBytes(StandardCharsets.UTF_8), "f")).isPresent();
        }
        for (String bad : List.of(
                good.replace("{\"type\":\"FeatureCollection\"", "{\"type\":\"FeatureCollection\",\"type\":\"x\""),
                good.replace("\"features\":[", "\"features\":[],\"features\":["),
                good.replace("\"meta\":{", "\"meta\":1,\"meta\":{"),
                good.replace("\"m\":{\"n\":1}", "\"m\":{\"n\":1,\"n\":2}"),
                good.replace("\"type\":\"Feature\",", "\"type\":\"Feature\",\"type\":\"Feature\","),
                good.replace("\"properties\":{", "\"properties\":{},\"properties\":{"),
                good.replace("\"code\":\"g1\",", "\"code\":\"g1\",\"code\":\"g2\","),
                good.replace("\"name\":\"x\"", "\"name\":\"x\",\"code\":\"g3\""),
                good.replace("\"extra\":{", "\"extra\":1,\"extra\":{"),
                good.replace("{\"a\":1}", "{\"a\":1,\"a\":1}"),
                good.replace(
                        "\"geometry\":{",
                        "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + ring + "},\"geometry\":{"),
                good.replace("\"bbox\":[0,0,1,1],", "\"bbox\":[0,0,1,1],\"bbox\":[],"),
                good.replace("}}],", ",\"coordinates\":" + ring + "}}],"))) {
            byte[] bytes = bad.getBytes(StandardCharsets.UTF_8);
            for (GeoJsonReader reader : List.of(BY_ID, BY_CODE)) {
                assertThat(fast(reader, bytes, "f")).as(bad).isEmpty();
                assertThatThrownBy(() -> reader.readTree(bytes, "f"))
                        .as(bad)
                        .isInstanceOf(GeoJsonException.class)
                        .hasMessageContaining("each key at most once");
            }
        }
    }

    @Test
    void theIdGivenAsTheFeatureIdWhileIdsComeFromAPropertyIsSkippedButStillCheckedForDuplicates() {
        String good = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"id\":{\"a\":1,\"b\":[1,2]},\"properties\":{\"code\":7},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]}";
        Optional<GeoJsonFeatures> read = fast(BY_CODE, good.getBytes(StandardCharsets.UTF_8), "f");
        assertThat(read).isPresent();
        assertThat(read.get().features().get(0).id()).isEqualTo("7");
        assertThat(read.get().features().get(0).properties()).containsExactly(Map.entry("code", 7L));
        String bad = good.replace("\"b\":[1,2]", "\"a\":[1,2]");
        assertThat(fast(BY_CODE, bad.getBytes(StandardCharsets.UTF_8), "f")).isEmpty();
    }

    @Test
    void propertiesKeepTheirFileOrderAndNullsWhateverTheirNumber() {
        String ring = "[[[0,0],[1,0],[1,1],[0,1],[0,0]]]";
        for (String properties :
                List.of("{}", "{\"code\":null}", "{\"z\":1.5}", "{\"z\":true,\"a\":null,\"m\":\"x\",\"b\":-3}")) {
            String text = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"a\","
                    + "\"properties\":" + properties + ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                    + ring + "}}]}";
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            GeoJsonFeatures tree = BY_ID.readTree(bytes, "f");
            Optional<GeoJsonFeatures> fast = fast(BY_ID, bytes, "f");
            assertThat(fast).as(properties).contains(tree);
            assertThat(List.copyOf(fast.get().features().get(0).properties().keySet()))
                    .isEqualTo(List.copyOf(tree.features().get(0).properties().keySet()));
        }
    }

    @Test
    void nonAsciiTextIsCheckedAsStrictUtf8AcrossTheDecodersBufferBoundaries() {
        String ring = "[[[0,0],[1,0],[1,1],[0,1],[0,0]]]";
        String name = "网格".repeat(3_000); // 18,000 bytes: several rounds of the decoder's buffer
        String text = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"id\":\"a\","
                + "\"properties\":{\"name\":\"" + name + "\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":" + ring + "}}]}";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(CleanFileReader.isAscii(bytes)).isFalse();
        assertThat(fast(BY_ID, bytes, "f")).contains(BY_ID.readTree(bytes, "f"));
        int start = text.indexOf(name); // ASCII before the name: its char index is its byte index
        for (int at : new int[] {start, start + 4_095, start + 4_097, start + 9_000, start + 17_990}) {
            byte[] broken = bytes.clone();
            int k = at;
            while ((broken[k] & 0xC0) != 0x80) {
                k++;
            }
            broken[k] = (byte) 0x41; // a continuation byte replaced: no longer UTF-8
            assertThat(fast(BY_ID, broken, "f")).as("broken at %d", k).isEmpty();
        }
    }

    @Test
    void asciiIsRecognisedEightBytesAtATimeAndInTheTail() {
        for (int length = 0; length < 40; length++) {
            byte[] bytes = new byte[length];
            java.util.Arrays.fill(bytes, (byte) 'a');
            assertThat(CleanFileReader.isAscii(bytes)).isTrue();
            for (int i = 0; i < length; i++) {
                byte[] one = bytes.clone();
                one[i] = (byte) 0xE7;
                assertThat(CleanFileReader.isAscii(one))
                        .as("%d of %d", i, length)
                        .isFalse();
            }
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
