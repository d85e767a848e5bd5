package org.gridgov.examples.sample;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.geo.crs.CoordinateConverter;
import org.gridgov.geo.crs.CoordinateSystem;
import org.gridgov.geo.crs.LonLat;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonWriter;

/**
 * The sample's files, as the {@code grid} tool reads them:
 *
 * <ul>
 *   <li>{@code jingkou.plan.json}: the plan and roster ({@code grid-plan/1});
 *   <li>{@code jingkou.grids.geojson}: the 288 grid boundaries, id and {@code code} = area code;
 *   <li>{@code jingkou.areas.geojson}: the district, its streets and communities;
 *   <li>{@code jingkou.reports.csv}: residents' reports as {@code id,lon,lat} in GCJ-02, as a
 *       WeChat mini-program sends them.
 * </ul>
 */
public final class SampleFiles {
    /** The file names, in the order {@link #render} returns them. */
    public static final List<String> NAMES =
            List.of("jingkou.plan.json", "jingkou.grids.geojson", "jingkou.areas.geojson", "jingkou.reports.csv");

    private static final CsvSchema REPORTS = CsvSchema.builder()
            .addColumn("id")
            .addColumn("lon")
            .addColumn("lat")
            .setUseHeader(true)
            .build();

    private SampleFiles() {}

    /** Each file's name and text. */
    public static Map<String, String> render(JingkouSample.Sample sample) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(NAMES.get(0), sample.file().toJson());
        List<GeoJsonFeature> grids = new ArrayList<>();
        List<GeoJsonFeature> areas = new ArrayList<>();
        for (Area area : sample.file().plan().areas()) {
            Map<String, Object> properties = new TreeMap<>();
            properties.put("code", area.code().toString());
            properties.put("name", area.name());
            properties.put("level", area.level().name());
            GeoJsonFeature feature = GeoJsonFeature.of(
                    area.code().toString(), sample.boundaries().get(area.code()), properties);
            (area.level() == AreaLevel.GRID ? grids : areas).add(feature);
        }
        files.put(NAMES.get(1), geoJson(grids));
        files.put(NAMES.get(2), geoJson(areas));
        files.put(NAMES.get(3), reportsCsv(sample.reports()));
        return files;
    }

    /** Writes every file into {@code folder}. */
    public static void write(JingkouSample.Sample sample, Path folder) throws IOException {
        for (Map.Entry<String, String> f : render(sample).entrySet()) {
            Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The grid a report's point lies in, by code; for tests and the demo. */
    static Map<String, AreaCode> expectedGrids(JingkouSample.Sample sample) {
        Map<String, AreaCode> out = new LinkedHashMap<>();
        sample.reports().forEach(r -> out.put(r.id(), r.grid()));
        return out;
    }

    /** The reports as {@code id,lon,lat} CSV in GCJ-02, quoted where a field needs it. */
    private static String reportsCsv(List<JingkouSample.Report> reports) {
        CoordinateConverter toGcj = CoordinateConverter.of(CoordinateSystem.WGS84, CoordinateSystem.GCJ02);
        StringWriter csv = new StringWriter();
        try (SequenceWriter rows = new CsvMapper()
                .writerFor(String[].class)
                .with(REPORTS)
                .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .writeValues(csv)) {
            for (JingkouSample.Report r : reports) {
                LonLat gcj = toGcj.convert(r.lon(), r.lat());
                rows.write(new String[] {r.id(), round(gcj.lon()), round(gcj.lat())});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return csv.toString();
    }

    private static String geoJson(List<GeoJsonFeature> features) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GeoJsonWriter.write(features, bytes);
        return bytes.toString(StandardCharsets.UTF_8) + "\n";
    }

    private static String round(double degrees) {
        return String.format(Locale.ROOT, "%.7f", degrees);
    }
}
