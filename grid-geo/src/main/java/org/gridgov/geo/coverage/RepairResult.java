package org.gridgov.geo.coverage;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonWriter;

/**
 * What {@link CoverageRepair#repair} gives back: the repaired grids (the same ids in the same
 * order), an account of every grid that changed, notes on the fallbacks used, and the check of
 * the repaired grids - its findings are what a person must still look at (a wide gap, a duplicate
 * id, a gap with no neighbour).
 *
 * @param grids the repaired boundaries
 * @param changes one entry per grid that changed, in input order
 * @param notes the fallbacks used (snap-rounding, widened clusters), one sentence each, sorted
 * @param remaining the check of {@code grids}; {@link CoverageReport#valid()} when the repair left nothing
 *
 * <p>Immutable if the geometries are not mutated; thread-safe to share.
 */
public record RepairResult(
        List<Boundary> grids, List<GridChange> changes, List<String> notes, CoverageReport remaining) {
    private static final JsonFactory JSON = new JsonFactory();

    public RepairResult {
        grids = List.copyOf(grids);
        changes = List.copyOf(changes);
        notes = List.copyOf(notes);
        requireNonNull(remaining, "remaining");
    }

    /** True when the repaired grids check clean. */
    public boolean clean() {
        return remaining.valid();
    }

    /**
     * Writes {@code {"clean", "changed", "notes": [...], "grids": [{"id", "madeValid",
     * "areaInM2", "fixedAreaM2", "areaOutM2", "gained": [{"kind", "from", "areaM2"}], "lost":
     * [{"kind", "to", "areaM2"}]}], "remaining": REPORT}} (UTF-8), where REPORT is the
     * {@link CoverageReport#writeJson} of what remains; leaves {@code out} open.
     */
    public void writeJson(OutputStream out) {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeBooleanField("clean", clean());
            g.writeNumberField("changed", changes.size());
            g.writeArrayFieldStart("notes");
            for (String note : notes) {
                g.writeString(note);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("grids");
            for (GridChange c : changes) {
                g.writeStartObject();
                g.writeStringField("id", c.id());
                g.writeBooleanField("madeValid", c.madeValid());
                g.writeNumberField("areaInM2", c.areaInM2());
                g.writeNumberField("fixedAreaM2", c.fixedAreaM2());
                g.writeNumberField("areaOutM2", c.areaOutM2());
                transfers(g, "gained", "from", c.gained());
                transfers(g, "lost", "to", c.lost());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName("remaining");
            g.writeRawValue(remaining.toJson());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void transfers(JsonGenerator g, String name, String other, List<GridChange.Transfer> list)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (GridChange.Transfer t : list) {
            g.writeStartObject();
            g.writeStringField("kind", t.kind().name());
            g.writeStringField(other, t.neighbour());
            g.writeNumberField("areaM2", t.areaM2());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The JSON of {@link #writeJson}, as a string. */
    public String toJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeJson(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes every piece of ground that changed hands as a GeoJSON FeatureCollection to open over
     * the original grids: properties {@code grid, change} ({@code gained} or {@code lost}),
     * {@code kind, neighbour, areaM2}; ids are {@code "change-<n>"}.
     */
    public void writeGeoJson(OutputStream out) {
        List<GeoJsonFeature> features = new ArrayList<>();
        for (GridChange c : changes) {
            add(features, c, "gained", c.gained());
            add(features, c, "lost", c.lost());
        }
        GeoJsonWriter.write(features, out);
    }

    private static void add(
            List<GeoJsonFeature> features, GridChange c, String change, List<GridChange.Transfer> list) {
        for (GridChange.Transfer t : list) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("grid", c.id());
            properties.put("change", change);
            properties.put("kind", t.kind().name());
            properties.put("neighbour", t.neighbour());
            properties.put("areaM2", t.areaM2());
            features.add(GeoJsonFeature.of("change-" + (features.size() + 1), t.geometry(), properties));
        }
    }
}
