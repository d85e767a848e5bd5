package org.gridgov.core.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.gridgov.core.area.AreaCode;

/** Test fixtures: the small Jingkou plan of {@code small-plan.json}. */
public final class TestPlans {
    public static final AreaCode DISTRICT = AreaCode.parse("321102");
    public static final AreaCode STREET = AreaCode.parse("321102001");
    public static final AreaCode HEJIANONG = AreaCode.parse("321102001001");
    public static final AreaCode HEJIANONG_1 = AreaCode.parse("321102001001001");
    public static final AreaCode HEJIANONG_2 = AreaCode.parse("321102001001002");
    public static final AreaCode JIUHAIJIE = AreaCode.parse("321102001003");
    public static final AreaCode JIUHAIJIE_1 = AreaCode.parse("321102001003001");

    private TestPlans() {}

    /** The text of {@code small-plan.json}. */
    public static String smallPlanJson() {
        try (InputStream in = TestPlans.class.getResourceAsStream("small-plan.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The small plan and roster. */
    public static PlanFile small() {
        return PlanFile.parse(smallPlanJson(), "small-plan.json");
    }
}
