package org.gridgov.geo.geojson;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gridgov.geo.coverage.CoverageCheck;
import org.gridgov.geo.coverage.CoverageOptions;
import org.gridgov.geo.coverage.CoverageReport;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.testing.SyntheticCity;
import org.locationtech.jts.coverage.CoverageGapFinder;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What {@code grid coverage check --units metres --grids city.geojson --parent city-outline.geojson}
 * does, parsing included, on the 100,000-grid synthetic city written as GeoJSON (about 30 MB):
 * read both files, check, render the text report. Against JTS 1.20 in the same run: JTS's own
 * GeoJSON reader ({@code jts-io-common}) on the same bytes, then {@code CoverageValidator} and
 * {@code CoverageGapFinder}. The third variant reads with the strict tree reader alone (the reader
 * before the streaming fast path), to show what the fast path buys.
 *
 * <p>Both sides allocate hundreds of megabytes per operation, so where the collector lands decides
 * much of an iteration's time: with a heap that grows as it goes, single iterations ranged from 277
 * to 1,545 ms. Every variant therefore runs in a fork with the same fixed, pre-touched heap
 * ({@code -Xms4g -Xmx4g -XX:+AlwaysPreTouch}, G1 as the JVM chooses): the same for our command and
 * for JTS, which reads the same bytes and makes the same calls as before. All variants are
 * single-threaded.
 */
@BenchmarkMode(Mode.AverageTime)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoverageCommandBenchmark {

    /** The city and its outline as the bytes of two GeoJSON files. */
    @State(Scope.Benchmark)
    public static class Files {
        byte[] grids;
        byte[] parent;

        @Setup(Level.Trial)
        public void setUp() {
            SyntheticCity city = SyntheticCity.generate(100_000, 42);
            List<GeoJsonFeature> features = new ArrayList<>(city.cells().size());
            for (int i = 0; i < city.cells().size(); i++) {
                features.add(GeoJsonFeature.of(
                        SyntheticCity.id(i), city.cells().get(i), Map.of("code", SyntheticCity.id(i))));
            }
            grids = write(features);
            parent = write(List.of(GeoJsonFeature.of("city", city.extent())));
            System.out.printf("%ngrids file %.1f MB, %d features%n", grids.length / 1e6, features.size());
        }

        private static byte[] write(List<GeoJsonFeature> features) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            GeoJsonWriter.write(features, out);
            return out.toByteArray();
        }
    }

    private static final GeoJsonReader READER =
            GeoJsonReader.of(GeoJsonReader.Options.defaults().withIdProperty("code"));
    private static final CoverageCheck CHECK =
            CoverageCheck.of(CoverageOptions.defaults().withUnits(Units.METRES));

    @Benchmark
    public String gridCommand(Files files) {
        GeoJsonFeatures grids = READER.read(new ByteArrayInputStream(files.grids), "city.geojson");
        GeoJsonFeatures parent = READER.read(new ByteArrayInputStream(files.parent), "city-outline.geojson");
        CoverageReport report = CHECK.check(parent, grids);
        return report.toText();
    }

    @Benchmark
    public String gridCommandTreeReader(Files files) {
        GeoJsonFeatures grids = READER.readTree(files.grids, "city.geojson");
        GeoJsonFeatures parent = READER.readTree(files.parent, "city-outline.geojson");
        CoverageReport report = CHECK.check(parent, grids);
        return report.toText();
    }

    @Benchmark
    public Object jtsParseValidateAndFindGaps(Files files) throws Exception {
        Geometry read = new org.locationtech.jts.io.geojson.GeoJsonReader()
                .read(new String(files.grids, StandardCharsets.UTF_8));
        Geometry[] coverage = new Geometry[read.getNumGeometries()];
        for (int i = 0; i < coverage.length; i++) {
            coverage[i] = read.getGeometryN(i);
        }
        Geometry[] invalid = CoverageValidator.validate(coverage);
        Geometry gaps = CoverageGapFinder.findGaps(coverage, 1.0);
        return new Object[] {read instanceof GeometryCollection, invalid, gaps};
    }
}
