package org.gridgov.examples.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.coverage.Boundary;
import org.gridgov.geo.coverage.CoverageFinding;
import org.gridgov.geo.coverage.CoverageRepair;
import org.gridgov.geo.coverage.RepairOptions;
import org.gridgov.geo.coverage.RepairResult;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.gridgov.geo.geojson.GeoJsonProblem;
import org.gridgov.geo.geojson.GeoJsonWriter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grid coverage repair --grids IN.geojson [--parent P.geojson] [--id-property code]
 * [--snap-m X] [--max-gap-width-m Y] [--units lonlat|metres] --out OUT.geojson [--changes
 * CHANGES.json]}.
 */
@Command(
        name = "repair",
        mixinStandardHelpOptions = true,
        description = {
            "Repairs grids into a clean coverage: invalid rings made valid, near vertices snapped, borders",
            "matched vertex for vertex, overlaps left to one side, narrow gaps given to a neighbour, parts",
            "outside the parent cut. Writes the same features with repaired geometries. Exit 0 when the",
            "output checks clean, 1 when findings remain that need a person (one line each on stderr),",
            "2 for bad input."
        })
final class CoverageRepairCommand implements Callable<Integer> {
    @Mixin
    GridFileOptions input;

    @Option(
            names = "--parent",
            paramLabel = "P.geojson",
            converter = InputPaths.ReadableFile.class,
            description = "the area the grids must cover (its features are united); parts outside it are cut")
    Path parent;

    @Option(
            names = "--snap-m",
            paramLabel = "X",
            defaultValue = "0.1",
            converter = Decimals.Converter.class,
            description =
                    "vertices and borders closer than this many metres are snapped together (default: ${DEFAULT-VALUE})")
    double snapM;

    @Option(
            names = "--max-gap-width-m",
            paramLabel = "Y",
            defaultValue = "10",
            converter = Decimals.Converter.class,
            description =
                    "gaps wider than this many metres (a lake, a real hole) are left for a person (default: ${DEFAULT-VALUE})")
    double maxGapWidthM;

    @Mixin
    UnitsOption units;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "OUT.geojson",
            description = "the repaired grids: the same features, ids and properties")
    Path out;

    @Option(
            names = "--changes",
            paramLabel = "CHANGES.json",
            description = {
                "what changed per grid and what remains, as JSON;",
                "a name ending in .geojson gets the ground that changed hands as GeoJSON instead"
            })
    Path changes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RepairOptions options = options();
        notAFolder(out, "--out");
        notAFolder(changes, "--changes");
        CoverageFiles files = CoverageFiles.read(input, parent, options.check().units());
        GeoJsonFeatures gridFeatures = files.grids();
        Optional<GeoJsonFeatures> parentFeatures = files.parent();
        if (parentFeatures.isPresent() && parentFeatures.get().features().isEmpty()) {
            throw InvalidInputException.ofText(
                    "--parent " + parent, "must hold at least one area", "no usable feature", null);
        }
        List<Boundary> grids = new ArrayList<>();
        for (GeoJsonFeature f : gridFeatures.features()) {
            grids.add(Boundary.of(f.id(), f.geometry()));
        }
        RepairResult result = parentFeatures.isPresent()
                ? CoverageRepair.repair(united(parentFeatures.get()), grids, options)
                : CoverageRepair.repair(grids, options);

        List<GeoJsonFeature> repaired = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            GeoJsonFeature f = gridFeatures.features().get(i);
            repaired.add(GeoJsonFeature.of(f.id(), result.grids().get(i).geometry(), f.properties()));
        }
        ByteArrayOutputStream geojson = new ByteArrayOutputStream();
        GeoJsonWriter.write(repaired, geojson);
        Output.write(
                geojson.toString(StandardCharsets.UTF_8) + "\n",
                out,
                spec.commandLine().getOut());
        if (changes != null) {
            ByteArrayOutputStream account = new ByteArrayOutputStream();
            if (changes.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".geojson")) {
                result.writeGeoJson(account);
            } else {
                result.writeJson(account);
            }
            Output.write(
                    account.toString(StandardCharsets.UTF_8) + "\n",
                    changes,
                    spec.commandLine().getOut(),
                    "--changes");
        }
        List<String> forAPerson = new ArrayList<>();
        for (GeoJsonProblem p : gridFeatures.problems()) {
            forAPerson.add("input " + input.grids + "." + p);
        }
        for (CoverageFinding f : result.remaining().findings()) {
            forAPerson.add(f.rule() + " " + f.subject() + ": " + f.message());
        }
        forAPerson.forEach(line -> spec.commandLine().getErr().println("needs a person: " + Failures.oneLine(line)));
        spec.commandLine().getErr().flush();
        return forAPerson.isEmpty() ? Grid.CLEAN : Grid.FINDINGS;
    }

    /** Refuses a folder before any work, so a bad --changes does not leave a written --out behind. */
    private static void notAFolder(Path file, String option) {
        if (file != null && Files.isDirectory(file)) {
            throw new InvalidInputException(option, "must name a file, not a folder", file.toString());
        }
    }

    /** The parent file's features as one area, as {@code grid coverage check} unites them. */
    private static Boundary united(GeoJsonFeatures parent) {
        List<Geometry> parts = new ArrayList<>();
        for (GeoJsonFeature f : parent.features()) {
            parts.add(f.geometry().isValid() ? f.geometry() : GeometryFixer.fix(f.geometry()));
        }
        return Boundary.of(parent.features().get(0).id(), OverlayNGRobust.union(parts));
    }

    private RepairOptions options() {
        RepairOptions options = RepairOptions.defaults().withUnits(units.units());
        try {
            options = options.withSnapM(snapM);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("--snap-m", e.rule(), snapM, e);
        }
        try {
            return options.withMaxGapWidthM(maxGapWidthM);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("--max-gap-width-m", e.rule(), maxGapWidthM, e);
        }
    }
}
