package org.gridgov.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.json.GridJson;
import org.gridgov.geo.crs.Units;
import org.gridgov.geo.geojson.GeoJsonFeature;
import org.gridgov.geo.geojson.GeoJsonFeatures;
import org.gridgov.geo.geojson.GeoJsonWriter;
import org.gridgov.geo.locate.GridLocator;
import org.gridgov.geo.reach.AreaReach;
import org.gridgov.geo.reach.HomeReach;
import org.gridgov.geo.reach.ReachOptions;
import org.gridgov.geo.reach.ReachReport;
import org.gridgov.geo.reach.RoadFiles;
import org.gridgov.geo.reach.RoadNetwork;
import org.gridgov.geo.reach.ServiceReach;
import org.gridgov.geo.reach.Site;
import org.gridgov.geo.reach.StationSuggestion;
import org.gridgov.geo.reach.SuggestedSite;
import org.locationtech.jts.geom.Geometry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grid reach --homes H.csv --stations S.csv}: the 15-minute service circle. */
@Command(
        name = "reach",
        mixinStandardHelpOptions = true,
        description = {
            "The 15-minute service circle (家门口服务): every home's nearest service station by walk.",
            "Writes id,station,metres,minutes,within rows (within is true or false; station, metres and",
            "minutes are empty when no station can be reached). Along --roads (GeoJSON lines; homes and",
            "stations join the nearest point of the nearest road, the straight connector counts as",
            "walked; roads meet where they share a vertex) or, without roads, the straight line times",
            "--detour. Earth model: the WGS84 ellipsoid, locally flat - distances on the plane tangent",
            "at the two points' mid-latitude with the meridian and prime-vertical radii there (far",
            "better than a metre at walking distances). --summary writes the share within, per grid",
            "with --grids, the uncovered homes as a GeoJSON layer and, with --suggest K, K new station",
            "sites chosen greedily among the uncovered homes (each covering the most still uncovered).",
            "Exit 0 when every home is within, 1 when some are not, 2 for bad input."
        })
final class ReachCommand implements Callable<Integer> {
    @Option(
            names = "--homes",
            required = true,
            paramLabel = "H.csv",
            converter = InputPaths.ReadableFile.class,
            description = "homes (households or places) as id,lon,lat rows, WGS84 degrees")
    Path homes;

    @Option(
            names = "--stations",
            required = true,
            paramLabel = "S.csv",
            converter = InputPaths.ReadableFile.class,
            description = "service stations as id,lon,lat rows, WGS84 degrees")
    Path stations;

    @Option(
            names = "--roads",
            paramLabel = "R.geojson",
            converter = InputPaths.ReadableFile.class,
            description = "walkable roads, a GeoJSON FeatureCollection of LineStrings and MultiLineStrings")
    Path roads;

    @Option(
            names = "--minutes",
            defaultValue = "15",
            converter = Decimals.Converter.class,
            description = "the walk's time limit in minutes (default: ${DEFAULT-VALUE})")
    double minutes;

    @Option(
            names = "--speed-kmh",
            defaultValue = "4.5",
            converter = Decimals.Converter.class,
            description = "walking speed in km/h (default: ${DEFAULT-VALUE})")
    double speedKmh;

    @Option(
            names = "--detour",
            defaultValue = "1.3",
            converter = Decimals.Converter.class,
            description = "without --roads, the walk is the straight line times this (default: ${DEFAULT-VALUE})")
    double detour;

    @Option(
            names = "--grids",
            paramLabel = "G.geojson",
            converter = InputPaths.ReadableFile.class,
            description = "grids for the share within per grid in --summary")
    Path grids;

    @Option(names = "--id-property", paramLabel = "NAME", description = "the property holding the grid codes")
    String idProperty;

    @Option(names = "--suggest", paramLabel = "K", description = "suggest K new station sites in --summary")
    Integer suggest;

    @Option(names = "--out", paramLabel = "FILE.csv", description = "write the rows here instead of standard output")
    Path out;

    @Option(names = "--summary", paramLabel = "FILE.json", description = "write the summary here")
    Path summary;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ReachOptions options = options();
        if (suggest != null && suggest < 0) {
            throw new InvalidInputException("--suggest", "the number of sites is 0 or more", suggest);
        }
        GridLocator locator = grids == null ? null : locator();
        List<Site> homeSites = sites(homes);
        List<Site> stationSites = sites(stations);
        RoadNetwork network = roads == null ? null : RoadFiles.read(roads);
        ServiceReach reach = ServiceReach.of(options);
        ReachReport report = network == null
                ? reach.straightLine(homeSites, stationSites)
                : reach.along(network, homeSites, stationSites);
        Output.write(rows(report), out, spec.commandLine().getOut(), "--out");
        if (summary != null) {
            List<SuggestedSite> sites = List.of();
            if (suggest != null && suggest > 0) {
                StationSuggestion suggestion = StationSuggestion.of(options);
                sites = network == null
                        ? suggestion.straightLine(report.uncovered(), suggest)
                        : suggestion.along(network, report.uncovered(), suggest);
            }
            Output.write(
                    summaryJson(report, locator, sites, network != null),
                    summary,
                    spec.commandLine().getOut(),
                    "--summary");
        }
        return report.within() == report.homes().size() ? Grid.CLEAN : Grid.FINDINGS;
    }

    private ReachOptions options() {
        ReachOptions o = ReachOptions.defaults();
        try {
            o = o.withMinutes(minutes);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("--minutes", e.rule(), minutes);
        }
        try {
            o = o.withSpeedKmh(speedKmh);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("--speed-kmh", e.rule(), speedKmh);
        }
        try {
            return o.withDetour(detour);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("--detour", e.rule(), detour);
        }
    }

    private GridLocator locator() {
        GridFileOptions input = new GridFileOptions();
        input.grids = grids;
        input.idProperty = idProperty;
        GeoJsonFeatures features = input.readGrids();
        if (!features.problems().isEmpty()) {
            throw new InvalidInputException(
                    grids + ":" + features.problems().get(0).path(),
                    features.problems().get(0).rule(),
                    features.problems().get(0).value());
        }
        LonLatRange.check(features, "--grids", grids);
        Map<String, Geometry> boundaries = new LinkedHashMap<>();
        for (GeoJsonFeature f : features.features()) {
            boundaries.put(f.index() + "#" + f.id(), f.geometry());
        }
        return GridLocator.builder().grids(boundaries).units(Units.LON_LAT).build();
    }

    private static List<Site> sites(Path file) {
        List<Site> out = new ArrayList<>();
        for (LocateCsv.Point p : LocateCsv.read(file)) {
            out.add(Site.of(p.id(), p.lon(), p.lat()));
        }
        return out;
    }

    private static String rows(ReachReport report) {
        List<String[]> rows = new ArrayList<>();
        for (HomeReach h : report.homes()) {
            boolean reached = h.station().isPresent();
            rows.add(new String[] {
                h.home().id(),
                h.station().orElse(""),
                reached ? String.format(Locale.ROOT, "%.1f", h.metres()) : "",
                reached ? String.format(Locale.ROOT, "%.2f", h.minutes()) : "",
                Boolean.toString(h.within())
            });
        }
        return ReachCsv.write(rows);
    }

    private static String summaryJson(
            ReachReport report, GridLocator locator, List<SuggestedSite> sites, boolean alongRoads) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("homes", report.homes().size())
                .put("within", report.within())
                .put("share", Math.round(report.share() * 1e6) / 1e6)
                .put("minutes", report.options().minutes())
                .put("speed_kmh", report.options().speedKmh())
                .put(
                        "walk",
                        alongRoads
                                ? "roads"
                                : "straight line x " + report.options().detour());
        if (locator != null) {
            ArrayNode areas = root.putArray("grids");
            for (AreaReach a :
                    report.byArea(h -> locator.locate(h.lon(), h.lat()).map(k -> k.substring(k.indexOf('#') + 1)))) {
                areas.addObject()
                        .put("grid", a.area())
                        .put("homes", a.homes())
                        .put("within", a.within())
                        .put("share", Math.round(a.share() * 1e6) / 1e6);
            }
        }
        ArrayNode suggested = root.putArray("suggested_sites");
        for (SuggestedSite s : sites) {
            suggested
                    .addObject()
                    .put("at", s.at())
                    .put("lon", s.lon())
                    .put("lat", s.lat())
                    .put("covers", s.covers().size());
        }
        try {
            ByteArrayOutputStream layer = new ByteArrayOutputStream();
            GeoJsonWriter.write(report.uncoveredLayer(), layer);
            root.set("uncovered", GridJson.mapper().readTree(layer.toString(StandardCharsets.UTF_8)));
            return GridJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
