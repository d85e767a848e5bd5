package org.gridgov.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.json.GridJson;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.gridgov.geo.geojson.GeoJsonReader;
import org.gridgov.geo.layers.Crosswalk;
import org.gridgov.geo.layers.CrosswalkRow;
import org.gridgov.geo.layers.LayerFinding;
import org.gridgov.geo.layers.LayerMerge;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid layers merge --base BASE.geojson --layer NAME=FILE.geojson ...}: the crosswalk. */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = {
            "Maps every departmental layer's features onto the unified grids (the base): one row per",
            "overlapping pair, layer,layer_id,base_id,area_m2,share_of_layer,share_of_base (areas on the",
            "WGS84 ellipsoid). Findings: features straddling base borders or lying outside the base by",
            "more than 1%% of their area, base grids no layer covers, invalid geometry (repaired with JTS",
            "GeometryFixer for the overlay, not dropped), unusable features. With --format csv the",
            "findings go to standard error, one line each; --format json holds rows and findings.",
            "Exit 0 when clean, 1 when there are findings, 2 for bad input."
        })
final class LayersMergeCommand implements Callable<Integer> {
    /** Output formats of this command. */
    enum MergeFormat {
        csv,
        json
    }

    private static final CsvSchema CSV = CsvSchema.builder()
            .addColumn("layer")
            .addColumn("layer_id")
            .addColumn("base_id")
            .addColumn("area_m2")
            .addColumn("share_of_layer")
            .addColumn("share_of_base")
            .setUseHeader(true)
            .build();

    @Option(
            names = "--base",
            required = true,
            paramLabel = "BASE.geojson",
            converter = InputPaths.ReadableFile.class,
            description = "the unified grids, a GeoJSON FeatureCollection")
    Path base;

    @Option(
            names = "--layer",
            required = true,
            paramLabel = "NAME=FILE.geojson",
            description = "a departmental layer and its name (e.g. party=party.geojson); repeat for each")
    LinkedHashMap<String, String> layers;

    @Option(
            names = "--id-property",
            paramLabel = "NAME",
            description = "the property holding every file's feature ids (default: the feature id)")
    String idProperty;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE})")
    MergeFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the crosswalk here instead of standard output")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GeoJsonReader reader = reader();
        GeoJsonFeatures baseFeatures = reader.readFile(base);
        LonLatRange.check(baseFeatures, "--base", base);
        Map<String, GeoJsonFeatures> read = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : layers.entrySet()) {
            if (e.getKey().isBlank() || e.getKey().equals(LayerMerge.BASE)) {
                throw new InvalidInputException(
                        "--layer", "a layer's name is not blank and not 'base' (NAME=FILE.geojson)", e.getKey());
            }
            Path file;
            try {
                file = new InputPaths.ReadableFile().convert(e.getValue());
            } catch (RuntimeException bad) {
                throw new InvalidInputException(
                        "--layer " + e.getKey(),
                        "names an existing, readable file (NAME=FILE.geojson)",
                        e.getValue(),
                        bad);
            }
            GeoJsonFeatures features = reader.readFile(file);
            LonLatRange.check(features, "--layer", file);
            read.put(e.getKey(), features);
        }
        Crosswalk crosswalk = LayerMerge.defaults().crosswalk(baseFeatures, read);
        String text = format == MergeFormat.json ? json(crosswalk) : csv(crosswalk);
        Output.write(text, out, spec.commandLine().getOut());
        if (format == MergeFormat.csv) {
            for (LayerFinding f : crosswalk.findings()) {
                spec.commandLine().getErr().println(line(f));
            }
        }
        return crosswalk.clean() ? Grid.CLEAN : Grid.FINDINGS;
    }

    private GeoJsonReader reader() {
        if (idProperty != null && idProperty.isBlank()) {
            throw new InvalidInputException("--id-property", "must name a property, e.g. code", idProperty);
        }
        return GeoJsonReader.of(
                idProperty == null
                        ? GeoJsonReader.Options.defaults()
                        : GeoJsonReader.Options.defaults().withIdProperty(idProperty));
    }

    static String line(LayerFinding f) {
        return String.format(
                Locale.ROOT,
                "%s %s %s%s %.1f m2: %s",
                f.kind(),
                f.layer(),
                f.id(),
                f.baseIds().isEmpty() ? "" : " " + f.baseIds(),
                f.areaM2(),
                f.detail());
    }

    private static String csv(Crosswalk crosswalk) {
        List<String[]> rows = new ArrayList<>();
        for (CrosswalkRow r : crosswalk.rows()) {
            rows.add(new String[] {
                r.layer(),
                r.layerId(),
                r.baseId(),
                String.format(Locale.ROOT, "%.2f", r.areaM2()),
                String.format(Locale.ROOT, "%.6f", r.shareOfLayer()),
                String.format(Locale.ROOT, "%.6f", r.shareOfBase())
            });
        }
        return CsvRows.write(CSV, rows);
    }

    private static String json(Crosswalk crosswalk) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("clean", crosswalk.clean());
        ArrayNode rows = root.putArray("rows");
        for (CrosswalkRow r : crosswalk.rows()) {
            rows.addObject()
                    .put("layer", r.layer())
                    .put("layer_id", r.layerId())
                    .put("base_id", r.baseId())
                    .put("area_m2", Math.round(r.areaM2() * 100) / 100.0)
                    .put("share_of_layer", Math.round(r.shareOfLayer() * 1e6) / 1e6)
                    .put("share_of_base", Math.round(r.shareOfBase() * 1e6) / 1e6);
        }
        ArrayNode findings = root.putArray("findings");
        for (LayerFinding f : crosswalk.findings()) {
            ObjectNode o = findings.addObject()
                    .put("kind", f.kind().name())
                    .put("layer", f.layer())
                    .put("id", f.id());
            ArrayNode ids = o.putArray("base_ids");
            f.baseIds().forEach(ids::add);
            o.put("area_m2", Math.round(f.areaM2() * 100) / 100.0).put("detail", f.detail());
        }
        try {
            return GridJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
