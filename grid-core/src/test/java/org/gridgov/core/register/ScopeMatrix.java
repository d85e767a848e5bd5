package org.gridgov.core.register;

import static org.gridgov.core.plan.TestPlans.HEJIANONG;
import static org.gridgov.core.plan.TestPlans.HEJIANONG_1;
import static org.gridgov.core.plan.TestPlans.HEJIANONG_2;
import static org.gridgov.core.plan.TestPlans.JIUHAIJIE_1;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.gridgov.core.access.Actor;
import org.gridgov.core.audit.Purpose;
import org.gridgov.core.privacy.IdNumber;
import org.gridgov.core.privacy.PersonName;

/**
 * Every public operation of {@link RegisterOffice} that reads or changes personal data, each as
 * one call on a record or area of 贺家弄 grid 1 (moves: to grid 2), with the actor inside the
 * scope and one outside. {@link RegisterApiScanTest} fails when an operation is missing here.
 */
final class ScopeMatrix {
    static final Purpose PURPOSE = Purpose.of("visit.monthly");

    /** A grid worker of 贺家弄 grid 1. */
    static final Actor INSIDE = Actor.gridWorker("W-0101", HEJIANONG_1);

    /** The 贺家弄 community officer: holds both grids a move touches. */
    static final Actor COMMUNITY = Actor.officer("C-0101", HEJIANONG);

    /** A grid worker of 酒海街 grid 1, the next community. */
    static final Actor OUTSIDE = Actor.gridWorker("W-0301", JIUHAIJIE_1);

    /** An operation and the actor inside its scope. */
    record Case(Actor inside, BiConsumer<RegisterOffice, Actor> call) {}

    static final Map<String, Case> CASES = cases();

    private ScopeMatrix() {}

    static Resident newcomer() {
        return new Resident(
                "R-0009",
                HEJIANONG_1,
                Optional.of("H-0001"),
                PersonName.of("赵丽"),
                IdNumber.parse("321102199907150022".substring(0, 17) + IdNumber.checkCharacter("32110219990715002")),
                Optional.empty(),
                Set.of("FLOATING_POPULATION"));
    }

    private static Map<String, Case> cases() {
        Map<String, Case> m = new LinkedHashMap<>();
        m.put("resident", new Case(INSIDE, (o, a) -> o.resident(a, "R-0001", PURPOSE)));
        m.put("residents", new Case(INSIDE, (o, a) -> o.residents(a, HEJIANONG_1, PURPOSE)));
        m.put("tagged", new Case(INSIDE, (o, a) -> o.tagged(a, HEJIANONG_1, "LONE_ELDERLY", PURPOSE)));
        m.put("household", new Case(INSIDE, (o, a) -> o.household(a, "H-0001", PURPOSE)));
        m.put("households", new Case(INSIDE, (o, a) -> o.households(a, HEJIANONG_1, PURPOSE)));
        m.put("organisations", new Case(INSIDE, (o, a) -> o.organisations(a, HEJIANONG_1, PURPOSE)));
        m.put("venues", new Case(INSIDE, (o, a) -> o.venues(a, HEJIANONG_1, PURPOSE)));
        m.put("reveal", new Case(INSIDE, (o, a) -> o.reveal(a, "R-0001", Field.ID_NUMBER, PURPOSE)));
        m.put("add", new Case(INSIDE, (o, a) -> o.add(a, newcomer(), PURPOSE)));
        m.put("move", new Case(COMMUNITY, (o, a) -> o.move(a, "R-0002", HEJIANONG_2, Optional.of("H-0002"), PURPOSE)));
        m.put("tag", new Case(INSIDE, (o, a) -> o.tag(a, "R-0002", "UNEMPLOYED", PURPOSE)));
        m.put("untag", new Case(INSIDE, (o, a) -> o.untag(a, "R-0001", "LONE_ELDERLY", PURPOSE)));
        m.put("remove", new Case(INSIDE, (o, a) -> o.remove(a, "R-0002", PURPOSE)));
        m.put("history", new Case(INSIDE, (o, a) -> o.history(a, "R-0001", PURPOSE)));
        return m;
    }
}
