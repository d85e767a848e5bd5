package org.gridgov.examples.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaKind;
import org.gridgov.core.duty.Duty;
import org.gridgov.core.duty.DutyCatalogue;
import org.gridgov.core.place.Place;
import org.gridgov.core.place.PlaceKind;
import org.gridgov.core.place.Position;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.PlanFile;
import org.gridgov.core.staff.Person;
import org.gridgov.core.staff.Posting;
import org.gridgov.core.staff.Role;
import org.gridgov.core.staff.Roster;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds the sample plan {@code grid-examples/samples/jingkou.plan.json}: the real hierarchy of
 * Jingkou district (京口区, 321102; seed 000's district) from the National Bureau of Statistics
 * division codes, with grids, households, places and teams generated plausibly from a fixed
 * seed. Street and community codes and names are real; everything below them is invented, and
 * so are all names of people.
 *
 * <p>Two realistic defects are planted so that {@code grid plan check} has something to show:
 * one grid has grown to 338 households (the band is 200-300), and one grid's full-time worker
 * post is vacant.
 *
 * <pre>{@code java -cp grid.jar org.gridgov.examples.sample.JingkouSample grid-examples/data/zhenjiang-divisions.json out.json}</pre>
 */
public final class JingkouSample {
    /** The district. */
    public static final AreaCode JINGKOU = AreaCode.parse("321102");
    /** The grid planted with 338 households. */
    public static final AreaCode OVERSIZED_GRID = AreaCode.parse("321102001001002");
    /** The building whose location lies in a neighbouring grid, not its own. */
    public static final String MISPLACED_PLACE = "P001001003-1";
    /** The grid planted without a full-time worker. */
    public static final AreaCode UNDERSTAFFED_GRID = AreaCode.parse("321102003004001");

    private static final long SEED = 20_260_302L;
    private static final double CELL_SIZE_M = 420;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建华文辉力建国晓东海燕雪梅志强丹婷宇浩鹏俊峰琳颖佳慧";
    private static final List<Duty> WORKER_DUTIES = DutyCatalogue.standard().duties();

    private final SplittableRandom random = new SplittableRandom(SEED);
    private final List<Area> areas = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Posting> assignments = new ArrayList<>();
    private final Map<AreaCode, Geometry> boundaries = new LinkedHashMap<>();

    private JingkouSample() {}

    /** Writes the sample files into a folder: {@code java ... JingkouSample zhenjiang-divisions.json grid-examples/samples}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: JingkouSample zhenjiang-divisions.json OUT-FOLDER");
            System.exit(2);
        }
        SampleFiles.write(generate(Path.of(args[0])), Path.of(args[1]));
    }

    /** The sample plan, roster and boundaries, from the divisions file in {@code grid-examples/data}. */
    public static Sample generate(Path divisions) throws IOException {
        JsonNode root = new ObjectMapper().readTree(divisions.toFile());
        return new JingkouSample().build(root);
    }

    /**
     * The sample: a plan with its roster, and a boundary in lon/lat for every area.
     *
     * @param file the plan and roster
     * @param boundaries by area code: the district, streets, communities and grids
     */
    public record Sample(PlanFile file, Map<AreaCode, Geometry> boundaries, List<Report> reports) {}

    /**
     * A resident's report sent from a phone: where it really is (WGS84) and the grid that is in.
     *
     * @param id the report's number
     * @param lon WGS84 longitude
     * @param lat WGS84 latitude
     * @param grid the grid it lies in, or {@code null} for the one report from outside the district
     */
    public record Report(String id, double lon, double lat, AreaCode grid) {}

    private Sample build(JsonNode root) {
        for (JsonNode d : root.get("districts")) {
            if (d.get("code").asText().equals(JINGKOU.toString())) {
                areas.add(Area.of(JINGKOU, d.get("name").asText()));
            }
        }
        Map<AreaCode, List<JsonNode>> communitiesByStreet = new TreeMap<>();
        for (JsonNode s : root.get("streets")) {
            if (s.get("district").asText().equals(JINGKOU.toString())) {
                AreaCode street = AreaCode.parse(s.get("code").asText());
                areas.add(Area.builder()
                        .code(street)
                        .name(s.get("name").asText())
                        .parent(JINGKOU)
                        .build());
                communitiesByStreet.put(street, new ArrayList<>());
            }
        }
        for (JsonNode c : root.get("communities")) {
            AreaCode code = AreaCode.parse(c.get("code").asText());
            if (communitiesByStreet.containsKey(code.parent())) {
                communitiesByStreet.get(code.parent()).add(c);
            }
        }
        List<JsonNode> communities = new ArrayList<>();
        communitiesByStreet.values().forEach(communities::addAll);
        int[] wanted = new int[communities.size()];
        int total = 0;
        for (int i = 0; i < wanted.length; i++) {
            wanted[i] = isVillage(communities.get(i)) ? 2 + random.nextInt(3) : 3 + random.nextInt(5);
            total += wanted[i];
        }
        VoronoiMap map = VoronoiMap.generate(total, CELL_SIZE_M, random);
        List<List<Integer>> cellsOfCommunity = split(map, communitiesByStreet, wanted);
        for (int i = 0; i < communities.size(); i++) {
            JsonNode c = communities.get(i);
            addCommunity(AreaCode.parse(c.get("code").asText()), c.get("name").asText(), map, cellsOfCommunity.get(i));
        }
        for (Map.Entry<AreaCode, List<JsonNode>> street : communitiesByStreet.entrySet()) {
            List<Geometry> parts = new ArrayList<>();
            street.getValue()
                    .forEach(c -> parts.add(
                            boundaries.get(AreaCode.parse(c.get("code").asText()))));
            boundaries.put(street.getKey(), union(parts));
        }
        List<Geometry> streets = new ArrayList<>();
        communitiesByStreet.keySet().forEach(s -> streets.add(boundaries.get(s)));
        boundaries.put(JINGKOU, union(streets));
        GridPlan plan = GridPlan.of(1, areas, places);
        return new Sample(new PlanFile(plan, Roster.of(people, assignments)), boundaries, reports(plan));
    }

    /** Twenty reports from random points of random grids, and one from across the river. */
    private List<Report> reports(GridPlan plan) {
        List<Report> out = new ArrayList<>();
        List<Area> grids = plan.grids();
        for (int i = 1; i <= 20; i++) {
            AreaCode grid = grids.get(random.nextInt(grids.size())).code();
            Position p = pointIn((Polygon) boundaries.get(grid));
            out.add(new Report(String.format("12345-2026-%04d", i), p.x(), p.y(), grid));
        }
        out.add(new Report("12345-2026-0021", 119.4401, 32.2612, null));
        return out;
    }

    /** Streets first, then communities inside each street: cells per community, in the order given. */
    private static List<List<Integer>> split(
            VoronoiMap map, Map<AreaCode, List<JsonNode>> communitiesByStreet, int[] wanted) {
        int[] streetQuota = new int[communitiesByStreet.size()];
        int k = 0;
        int s = 0;
        for (List<JsonNode> list : communitiesByStreet.values()) {
            for (int j = 0; j < list.size(); j++) {
                streetQuota[s] += wanted[k++];
            }
            s++;
        }
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < map.cells.size(); i++) {
            all.add(i);
        }
        int[] streetOf = Regions.grow(map, all, streetQuota);
        List<List<Integer>> out = new ArrayList<>();
        k = 0;
        s = 0;
        for (List<JsonNode> list : communitiesByStreet.values()) {
            List<Integer> streetCells = new ArrayList<>();
            for (int i = 0; i < streetOf.length; i++) {
                if (streetOf[i] == s) {
                    streetCells.add(i);
                }
            }
            int[] quotas = Arrays.copyOfRange(wanted, k, k + list.size());
            int[] communityOf = Regions.grow(map, streetCells, quotas);
            for (int j = 0; j < list.size(); j++) {
                List<Integer> mine = new ArrayList<>();
                for (int cell : streetCells) {
                    if (communityOf[cell] == j) {
                        mine.add(cell);
                    }
                }
                out.add(mine);
            }
            k += list.size();
            s++;
        }
        return out;
    }

    /** The union of adjacent boundaries that share their vertices exactly. */
    private static Geometry union(List<Geometry> parts) {
        return CoverageUnion.union(parts.toArray(new Geometry[0]));
    }

    private static boolean isVillage(JsonNode community) {
        return community.get("name").asText().endsWith("村委会");
    }

    private void addCommunity(AreaCode code, String name, VoronoiMap map, List<Integer> cells) {
        boolean village = name.endsWith("村委会");
        AreaKind kind = village ? AreaKind.RURAL : AreaKind.URBAN;
        areas.add(Area.builder()
                .code(code)
                .name(name)
                .parent(code.parent())
                .kind(kind)
                .build());
        String shortName = name.replace("社区居委会", "").replace("村委会", "").replace("居委会", "");
        List<Integer> ordered = new ArrayList<>(cells);
        ordered.sort(Comparator.comparingDouble((Integer c) -> -map.sites.get(c).y)
                .thenComparingDouble(c -> map.sites.get(c).x));
        List<Geometry> parts = new ArrayList<>();
        for (int g = 1; g <= ordered.size(); g++) {
            AreaCode grid = code.child(g);
            Polygon cell = LonLat.of(map.cells.get(ordered.get(g - 1)));
            boundaries.put(grid, cell);
            parts.add(cell);
            addGrid(grid, shortName + "第" + g + "网格", kind, cell);
        }
        boundaries.put(code, union(parts));
    }

    private void addGrid(AreaCode code, String name, AreaKind kind, Polygon cell) {
        int households = kind == AreaKind.URBAN ? 215 + random.nextInt(80) : 120 + random.nextInt(260);
        int population = kind == AreaKind.URBAN
                ? between(Math.max(800, households * 16 / 5), Math.min(1000, households * 4))
                : between(Math.max(300, households * 3), Math.min(1600, households * 4));
        if (code.equals(OVERSIZED_GRID)) {
            households = 338;
            population = 990;
        }
        areas.add(Area.builder()
                .code(code)
                .name(name)
                .parent(code.parent())
                .kind(kind)
                .households(households)
                .population(population)
                .build());
        addPlaces(code, name, kind, households, cell);
        addTeam(code);
    }

    private void addPlaces(AreaCode grid, String name, AreaKind kind, int households, Polygon cell) {
        int left = households;
        for (int b = 1; left > 0; b++) {
            int here = Math.min(left, kind == AreaKind.URBAN ? 24 + random.nextInt(50) : 1 + random.nextInt(3));
            left -= here;
            PlaceKind placeKind = kind == AreaKind.URBAN ? PlaceKind.BUILDING : PlaceKind.COURTYARD;
            String id = "P" + grid.toString().substring(6) + "-" + b;
            places.add(Place.builder()
                    .id(id)
                    .kind(placeKind)
                    .name(name.replace("第", "").replace("网格", "-") + b + (kind == AreaKind.URBAN ? "号楼" : "号院"))
                    .grid(grid)
                    .households(here)
                    .location(pointIn(id.equals(MISPLACED_PLACE) ? neighbourOf(cell) : cell))
                    .build());
            if (kind == AreaKind.RURAL && b >= 12) {
                places.add(Place.builder()
                        .id(id + "R")
                        .kind(PlaceKind.COURTYARD)
                        .name(name.replace("第", "").replace("网格", "-") + "其余农户")
                        .grid(grid)
                        .households(left)
                        .location(pointIn(cell))
                        .build());
                left = 0;
            }
        }
        if (random.nextInt(6) == 0) {
            PlaceKind other = List.of(PlaceKind.SCHOOL, PlaceKind.HOSPITAL, PlaceKind.ENTERPRISE, PlaceKind.INSTITUTION)
                    .get(random.nextInt(4));
            places.add(Place.builder()
                    .id("P" + grid.toString().substring(6) + "-U")
                    .kind(other)
                    .name(name.replace("第", "").replace("网格", "") + unitName(other))
                    .grid(grid)
                    .location(pointIn(cell))
                    .build());
        }
    }

    /** A random point strictly inside {@code cell}, rounded to 1e-7 degrees (about 1 cm). */
    private Position pointIn(Polygon cell) {
        Envelope e = cell.getEnvelopeInternal();
        while (true) {
            double x = Math.round((e.getMinX() + random.nextDouble() * e.getWidth()) * 1e7) / 1e7;
            double y = Math.round((e.getMinY() + random.nextDouble() * e.getHeight()) * 1e7) / 1e7;
            if (cell.contains(GEOMETRY.createPoint(new Coordinate(x, y)))) {
                return new Position(x, y);
            }
        }
    }

    /** The boundary of a grid drawn before {@code cell} that touches it along an edge. */
    private Polygon neighbourOf(Polygon cell) {
        for (Geometry g : boundaries.values()) {
            if (g != cell && g instanceof Polygon && g.relate(cell, "****1****")) {
                return (Polygon) g;
            }
        }
        throw new IllegalStateException("the misplaced place's grid has no earlier neighbour");
    }

    private static String unitName(PlaceKind kind) {
        switch (kind) {
            case SCHOOL:
                return "小学";
            case HOSPITAL:
                return "社区卫生服务站";
            case ENTERPRISE:
                return "商贸公司";
            default:
                return "便民服务中心";
        }
    }

    private void addTeam(AreaCode grid) {
        if (!grid.equals(UNDERSTAFFED_GRID)) {
            post(grid, Role.FULL_TIME_WORKER, null, WORKER_DUTIES);
        }
        post(grid, Role.GRID_HEAD, grid, List.of(DutyCatalogue.DISPUTE_MEDIATION, DutyCatalogue.SPECIAL_POPULATIONS));
        for (int i = 0; i < 2; i++) {
            post(grid, Role.GRID_VOLUNTEER, grid, List.of(DutyCatalogue.POLICY_PUBLICITY));
            post(grid, Role.STUDENT_VOLUNTEER, null, List.of(DutyCatalogue.LIVELIHOOD_SERVICES));
        }
        int mobile = random.nextInt(3);
        for (int i = 0; i < mobile; i++) {
            post(grid, Role.MOBILE_VOLUNTEER, null, List.of(DutyCatalogue.EMERGENCY_REPORTING));
        }
    }

    private void post(AreaCode grid, Role role, AreaCode residence, List<Duty> duties) {
        String id = String.format("W%05d", people.size() + 1);
        people.add(Person.builder()
                .id(id)
                .name(name())
                .residence(Optional.ofNullable(residence))
                .build());
        assignments.add(Posting.builder()
                .person(id)
                .grid(grid)
                .role(role)
                .duties(duties.stream().map(Duty::code).toList())
                .build());
    }

    private String name() {
        int g = 1 + random.nextInt(2);
        StringBuilder b = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        for (int i = 0; i < g; i++) {
            b.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return b.toString();
    }

    private int between(int lo, int hi) {
        return hi <= lo ? lo : lo + random.nextInt(hi - lo + 1);
    }
}
