package org.gridgov.geo.coverage;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonWriter;

/**
 * The result of a coverage check: an immutable value listing every finding, in a stable
 * order (kind, scope, ids, location), including those below tolerance; findings covered
 * by a {@link AcceptedFinding} are left out and counted.
 *
 * <p>{@link #valid()} is true only when there are no findings at all. The report writes
 * itself as JSON ({@link #writeJson}), as a GeoJSON FeatureCollection of its findings a
 * GIS user can open over the grids ({@link #writeGeoJson}), or as text lines
 * ({@link #toText}). Thread-safe.
 */
public final class CoverageReport {
    private static final JsonFactory JSON = new JsonFactory();

    private final int grids;
    private final List<CoverageFinding> findings;
    private final int suppressed;

    @JsonCreator
    private CoverageReport(
            @JsonProperty("grids") int grids,
            @JsonProperty("findings") List<CoverageFinding> findings,
            @JsonProperty("suppressed") int suppressed) {
        this.grids = grids;
        this.findings = List.copyOf(findings);
        this.suppressed = suppressed;
    }

    /** A report of {@code grids} boundaries; findings matching {@code options.accepted()} are left out. */
    static CoverageReport of(int grids, List<CoverageFinding> all, CoverageOptions options) {
        List<CoverageFinding> kept = new ArrayList<>(all.size());
        int suppressed = 0;
        for (CoverageFinding f : all) {
            if (options.accepted().stream().anyMatch(r -> r.covers(f))) {
                suppressed++;
            } else {
                kept.add(f);
            }
        }
        kept.sort(CoverageFinding.ORDER);
        return new CoverageReport(grids, Collections.unmodifiableList(kept), suppressed);
    }

    /** True when there is no finding at all (below-tolerance findings count). */
    public boolean valid() {
        return findings.isEmpty();
    }

    /** How many boundaries were checked. */
    @JsonProperty
    public int grids() {
        return grids;
    }

    /** Every finding, in report order. */
    @JsonProperty
    public List<CoverageFinding> findings() {
        return findings;
    }

    /** How many findings were left out as accepted findings. */
    @JsonProperty
    public int suppressed() {
        return suppressed;
    }

    /** The findings of one kind. */
    public List<CoverageFinding> findings(CoverageFinding.Kind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** Count per kind, for kinds that occur, in kind order. */
    public Map<CoverageFinding.Kind, Integer> summary() {
        Map<CoverageFinding.Kind, Integer> counts = new EnumMap<>(CoverageFinding.Kind.class);
        for (CoverageFinding f : findings) {
            counts.merge(f.kind(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Writes {@code {"valid", "grids", "suppressed", "summary": {KIND: n}, "findings": [{"kind",
     * "scope", "ids", "areaM2", "location": [x, y], "belowTolerance", "detail"}]}} (UTF-8),
     * leaving {@code out} open; a finding made on the repair of an invalid area also carries
     * {@code "repaired": true}.
     */
    public void writeJson(OutputStream out) {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeBooleanField("valid", valid());
            g.writeNumberField("grids", grids);
            g.writeNumberField("suppressed", suppressed);
            g.writeObjectFieldStart("summary");
            for (Map.Entry<CoverageFinding.Kind, Integer> e : summary().entrySet()) {
                g.writeNumberField(e.getKey().name(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (CoverageFinding f : findings) {
                g.writeStartObject();
                g.writeStringField("kind", f.kind().name());
                g.writeStringField("scope", f.scope());
                g.writeArrayFieldStart("ids");
                for (String id : f.ids()) {
                    g.writeString(id);
                }
                g.writeEndArray();
                g.writeNumberField("areaM2", f.areaM2());
                g.writeArrayFieldStart("location");
                g.writeNumber(f.location().getX());
                g.writeNumber(f.location().getY());
                g.writeEndArray();
                g.writeBooleanField("belowTolerance", f.belowTolerance());
                g.writeStringField("detail", f.detail());
                if (f.repaired()) {
                    g.writeBooleanField("repaired", true);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON of {@link #writeJson}, as a string. */
    public String toJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeJson(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the findings as a GeoJSON FeatureCollection: one feature per finding, its
     * geometry the defect itself, properties {@code kind, scope, ids, areaM2,
     * belowTolerance, detail} and {@code repaired: true} for findings made on the repair of an
     * invalid area; ids are {@code "finding-<n>"} in report order.
     */
    public void writeGeoJson(OutputStream out) {
        List<GeoJsonFeature> features = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            CoverageFinding f = findings.get(i);
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("kind", f.kind().name());
            properties.put("scope", f.scope());
            properties.put("ids", f.ids());
            properties.put("areaM2", f.areaM2());
            properties.put("belowTolerance", f.belowTolerance());
            properties.put("detail", f.detail());
            if (f.repaired()) {
                properties.put("repaired", true);
            }
            features.add(GeoJsonFeature.of("finding-" + (i + 1), f.geometry(), properties));
        }
        GeoJsonWriter.write(features, out);
    }

    /** One line per finding, then a summary line: for terminals and logs. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        for (CoverageFinding f : findings) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%s%s %s area=%.3f m2 at (%.7g, %.7g)%s%s: %s%n",
                    f.kind(),
                    f.scope().isEmpty() ? "" : " in " + f.scope(),
                    f.ids(),
                    f.areaM2(),
                    f.location().getX(),
                    f.location().getY(),
                    f.belowTolerance() ? " [below tolerance]" : "",
                    f.repaired() ? " [on repaired geometry]" : "",
                    f.detail()));
        }
        sb.append(String.format(
                Locale.ROOT,
                "%s: %d grids, %d findings %s, %d accepted findings%n",
                valid() ? "VALID" : "INVALID",
                grids,
                findings.size(),
                summary(),
                suppressed));
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoverageReport r
                && r.grids == grids
                && r.suppressed == suppressed
                && r.findings.equals(findings);
    }

    @Override
    public int hashCode() {
        return requireNonNull(findings).hashCode() * 31 + grids;
    }

    @Override
    public String toString() {
        return "CoverageReport" + summary() + " of " + grids + " grids";
    }
}
