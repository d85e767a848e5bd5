package org.gridgov.examples.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.gridgov.core.area.Area;
import org.gridgov.core.json.GridJson;
import org.gridgov.core.place.Place;
import org.gridgov.core.place.PlaceKind;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.PlanFile;
import org.gridgov.core.privacy.CreditCode;
import org.gridgov.core.privacy.IdNumber;
import org.gridgov.core.register.RegisterFile;

/**
 * The sample district's register, {@code jingkou.register.json} ({@code grid-register/1}), made
 * from the sample plan by a seeded generator: invented residents (names drawn from common
 * surnames and given names, ID numbers with region 321102, a real birth date and a valid check
 * character, mobile numbers), their households at the plan's buildings, the seeds' tags at rough
 * rates, and the schools, hospitals, enterprises and institutions of the plan as organisations
 * with valid credit codes. No real person is in it. The same seed and plan give the same file.
 */
public final class RegisterSample {
    /** The file name next to the plan. */
    public static final String NAME = "jingkou.register.json";

    private static final long SEED = 20_260_314L;
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红文辉力国晓东海燕雪梅志丹婷宇浩鹏俊峰琳颖佳慧";
    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final List<String> RESIDENT_TAGS = List.of(
            "LONE_ELDERLY",
            "HARDSHIP_OR_DISABLED",
            "UNEMPLOYED",
            "ASSISTANCE_RECIPIENT",
            "FLOATING_POPULATION",
            "SERIOUS_MENTAL_DISORDER",
            "RELEASED_PRISONER",
            "COMMUNITY_CORRECTION");
    /** Per mille of residents carrying each tag of {@link #RESIDENT_TAGS}. */
    private static final int[] TAG_RATES = {40, 25, 30, 20, 60, 3, 3, 2};

    private final SplittableRandom random = new SplittableRandom(SEED);
    private final ObjectMapper json = GridJson.mapper();
    private int residents;
    private int households;

    private RegisterSample() {}

    /** Writes the register next to the plan: {@code java ... RegisterSample grid-examples/samples}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RegisterSample SAMPLES-FOLDER");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        String text = render(PlanFile.read(folder.resolve("jingkou.plan.json")).plan());
        Files.writeString(folder.resolve(NAME), text, StandardCharsets.UTF_8);
    }

    /** The register's text for {@code plan}. */
    public static String render(GridPlan plan) {
        return new RegisterSample().build(plan);
    }

    private String build(GridPlan plan) {
        ObjectNode root = json.createObjectNode();
        root.put("format", RegisterFile.FORMAT);
        root.put("plan", "jingkou.plan.json");
        ArrayNode householdList = root.putArray("households");
        ArrayNode residentList = root.putArray("residents");
        ArrayNode organisationList = root.putArray("organisations");
        ArrayNode venueList = root.putArray("venues");
        int organisations = 0;
        int venues = 0;
        for (Area grid : plan.grids()) {
            List<Place> places = plan.placesIn(grid.code());
            List<Place> buildings =
                    places.stream().filter(p -> p.kind() == PlaceKind.BUILDING).toList();
            for (int h = 0; h < Math.min(3, buildings.size()); h++) {
                Place building = buildings.get(h);
                String household = String.format("H-%05d", ++households);
                ObjectNode hh = householdList.addObject();
                hh.put("id", household);
                hh.put("grid", grid.code().toString());
                hh.put("place", building.id());
                hh.put(
                        "address",
                        "江苏省镇江市京口区" + building.name() + (1 + random.nextInt(6)) + "0" + (1 + random.nextInt(4)) + "室");
                int members = 1 + random.nextInt(4);
                for (int m = 0; m < members; m++) {
                    resident(residentList.addObject(), grid, household);
                }
            }
            for (Place place : places) {
                if (place.kind() != PlaceKind.BUILDING && place.kind() != PlaceKind.COURTYARD) {
                    ObjectNode o = organisationList.addObject();
                    o.put("id", String.format("O-%04d", ++organisations));
                    o.put("name", place.name());
                    o.put("creditCode", creditCode(place.kind()));
                    o.put("grid", grid.code().toString());
                    o.put("place", place.id());
                    o.putArray("tags").add("LOCAL_ORGANISATION");
                }
            }
            if (random.nextInt(8) == 0) {
                ObjectNode v = venueList.addObject();
                v.put("id", String.format("V-%04d", ++venues));
                v.put("name", grid.name() + "便民市场");
                v.put("kind", "MARKET");
                v.put("grid", grid.code().toString());
            }
        }
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
    }

    private void resident(ObjectNode r, Area grid, String household) {
        r.put("id", String.format("R-%05d", ++residents));
        r.put("grid", grid.code().toString());
        r.put("household", household);
        r.put("name", name());
        LocalDate birth = LocalDate.of(1935, 1, 1).plusDays(random.nextInt(75 * 365));
        String body = String.format(
                "321102%04d%02d%02d%03d",
                birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), random.nextInt(1000));
        r.put("idNumber", body + IdNumber.checkCharacter(body));
        if (random.nextInt(10) < 8) {
            r.put("phone", "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000)));
        }
        ArrayNode tags = null;
        for (int t = 0; t < RESIDENT_TAGS.size(); t++) {
            if (random.nextInt(1000) < TAG_RATES[t]) {
                if (tags == null) {
                    tags = r.putArray("tags");
                }
                tags.add(RESIDENT_TAGS.get(t));
            }
        }
    }

    private String name() {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = 1 + random.nextInt(2);
        for (int i = 0; i < given; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** A unified social credit code: 1 (organs) or 9 (enterprises), region 321102, an invented organisation code. */
    private String creditCode(PlaceKind kind) {
        String authority = kind == PlaceKind.ENTERPRISE ? "91" : "12";
        StringBuilder org = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            org.append(CODE_CHARS.charAt(random.nextInt(i == 0 ? 10 : CODE_CHARS.length())));
        }
        String body = authority + "321102" + org;
        return body + CreditCode.checkCharacter(body);
    }

    @Override
    public String toString() {
        return "RegisterSample[" + residents + " residents, " + households + " households]";
    }
}
