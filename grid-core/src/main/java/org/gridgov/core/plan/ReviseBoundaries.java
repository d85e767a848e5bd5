package org.gridgov.core.plan;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;

/**
 * Records that the boundaries of some areas were redrawn (a coverage repair, a surveyed border):
 * which areas, and the ground each gained and lost. The plan's areas, figures and places stay as
 * they are; the edit makes the next revision so that the redrawing is on record with who and why,
 * like every other edit ({@link PlanHistory#apply}). The geometry itself lives beside the plan
 * (grid-geo's {@code BoundedPlan}); this record carries no coordinates.
 *
 * @param areas one entry per redrawn area, each naming a distinct active area of the plan
 */
public record ReviseBoundaries(List<Redrawn> areas) implements PlanEdit {
    public ReviseBoundaries {
        areas = List.copyOf(areas);
    }

    /** The codes of the redrawn areas, in the order given. */
    public List<AreaCode> codes() {
        return areas.stream().map(Redrawn::code).toList();
    }

    @Override
    public String describe() {
        return "revise boundaries of " + codes();
    }

    void change(Draft draft) {
        if (areas.isEmpty()) {
            throw new InvalidInputException("edit.areas", "names one or more redrawn areas", "[]");
        }
        Set<AreaCode> seen = new HashSet<>();
        for (int i = 0; i < areas.size(); i++) {
            Redrawn r = areas.get(i);
            String path = "edit.areas[" + i + "]";
            Area area = draft.areas.get(r.code());
            if (area == null || !area.isActive()) {
                throw new InvalidInputException(
                        path + ".code",
                        "names an active area of the plan",
                        r.code().toString());
            }
            if (!seen.add(r.code())) {
                throw new InvalidInputException(
                        path + ".code", "names each area once", r.code().toString());
            }
            requireArea(path + ".gainedM2", r.gainedM2());
            requireArea(path + ".lostM2", r.lostM2());
        }
    }

    private static void requireArea(String path, double m2) {
        if (!(m2 >= 0) || Double.isInfinite(m2)) {
            throw new InvalidInputException(path, "is a finite number of square metres >= 0", m2);
        }
    }

    /**
     * One redrawn area.
     *
     * @param code the area
     * @param gainedM2 the ground it took in, in square metres (0 when it only gave ground up or was
     *     only reshaped)
     * @param lostM2 the ground it gave up, in square metres
     */
    public record Redrawn(AreaCode code, double gainedM2, double lostM2) {
        public Redrawn {
            requireNonNull(code, "code");
        }
    }
}
