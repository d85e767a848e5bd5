package org.gridgov.examples.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridgov.core.InvalidInputException;
import org.gridgov.geo.coverage.CoverageCheck;
import org.gridgov.geo.coverage.CoverageOptions;
import org.gridgov.geo.coverage.CoverageReport;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid coverage check --grids GRIDS.geojson [--parent PARENT.geojson]}. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Checks that grids cover their parent with no gap and no overlap, stay inside it,",
            "and share borders vertex for vertex. Exit 0 when valid, 1 when findings exist, 2 for bad input."
        })
final class CoverageCheckCommand implements Callable<Integer> {
    /** Output formats of this command. */
    enum CoverageFormat {
        text,
        json,
        geojson
    }

    @Mixin
    GridFileOptions input;

    @Option(
            names = "--parent",
            paramLabel = "PARENT.geojson",
            converter = InputPaths.ReadableFile.class,
            description = "the area the grids must cover (its features are united)")
    Path parent;

    @Option(
            names = "--gap-width-m",
            paramLabel = "X",
            defaultValue = "1.0",
            converter = Decimals.Converter.class,
            description =
                    "gaps and overlaps narrower than this many metres are marked below tolerance (default: ${DEFAULT-VALUE})")
    double gapWidthM;

    @Mixin
    UnitsOption units;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "text, json or geojson (default: ${DEFAULT-VALUE})")
    CoverageFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the report here instead of standard output")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CoverageOptions options = options();
        CoverageFiles files = CoverageFiles.read(input, parent, options.units());
        GeoJsonFeatures gridFeatures = files.grids();
        Optional<GeoJsonFeatures> parentFeatures = files.parent();
        if (parentFeatures.isPresent()
                && parentFeatures.get().features().isEmpty()
                && parentFeatures.get().problems().isEmpty()) {
            // an empty parent would be covered by anything: refuse it rather than report VALID
            throw InvalidInputException.ofText(
                    "--parent " + parent, "must hold at least one area", "an empty FeatureCollection", null);
        }
        CoverageReport report = parentFeatures.isPresent()
                ? CoverageCheck.of(options).check(parentFeatures.get(), gridFeatures)
                : CoverageCheck.of(options).check(gridFeatures);
        String text;
        switch (format) {
            case json:
                text = report.toJson() + "\n";
                break;
            case geojson:
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                report.writeGeoJson(bytes);
                text = bytes.toString(StandardCharsets.UTF_8) + "\n";
                break;
            default:
                text = report.toText();
        }
        Output.write(text, out, spec.commandLine().getOut());
        return report.valid() ? Grid.CLEAN : Grid.FINDINGS;
    }

    private CoverageOptions options() {
        Units chosen = units.units();
        try {
            return CoverageOptions.defaults().withUnits(chosen).withMinGapWidthM(gapWidthM);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("--gap-width-m", e.rule(), gapWidthM, e);
        }
    }
}
