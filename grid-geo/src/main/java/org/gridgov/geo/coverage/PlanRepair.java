package org.gridgov.geo.coverage;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.UnknownIdException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.plan.ReviseBoundaries;
import org.gridgov.geo.boundary.BoundedHistory;
import org.gridgov.geo.boundary.BoundedPlan;
import org.locationtech.jts.geom.Geometry;

/**
 * The repair of one area's children in one plan revision ({@link CoverageRepair#repair}), to look
 * at and then record as the next revision with who made it and why:
 *
 * <pre>{@code
 * PlanRepair repair = PlanRepair.of(history.current(), community, RepairOptions.defaults().withUnits(Units.LON_LAT));
 * repair.result().writeJson(out);                       // what changed, for a person to read
 * history = repair.applyTo(history, "staff-042", "overlaps along Hejia Lane");
 * }</pre>
 *
 * <p>The recorded edit is a {@link ReviseBoundaries} naming exactly the grids whose boundary the
 * repair changed ({@link #redrawn()}), each with the ground it gained and lost (square metres, to
 * the hundredth); the new revision draws exactly those grids. The rules:
 *
 * <ul>
 *   <li>A repair that changed nothing makes no revision: {@link #applyTo} returns the history
 *       it was given.
 *   <li>A repair is recorded only on the revision it was made from: if the history's current
 *       revision has another number, or the children's boundaries differ from those repaired,
 *       {@link #applyTo} throws and the history is unchanged. Repair again from the current
 *       revision.
 *   <li>Findings left for a person ({@link RepairResult#remaining()}) do not stop the record; what
 *       was repaired is recorded, and what remains can be read in the result.
 * </ul>
 *
 * <p>Immutable and thread-safe as long as nobody mutates the JTS geometries.
 */
public final class PlanRepair {
    private final BoundedPlan plan;
    private final AreaCode parent;
    private final List<Boundary> input;
    private final RepairResult result;
    private final Map<AreaCode, Geometry> drawn;

    private PlanRepair(
            BoundedPlan plan,
            AreaCode parent,
            List<Boundary> input,
            RepairResult result,
            Map<AreaCode, Geometry> drawn) {
        this.plan = plan;
        this.parent = parent;
        this.input = input;
        this.result = result;
        this.drawn = drawn;
    }

    /**
     * Repairs the boundaries of the active children of {@code parent} (those with a boundary) into
     * a clean coverage of the parent's boundary, or among themselves when the parent has none.
     *
     * @throws UnknownIdException if the plan has no area {@code parent}
     */
    public static PlanRepair of(BoundedPlan plan, AreaCode parent, RepairOptions options) {
        requireNonNull(plan, "plan");
        requireNonNull(options, "options");
        plan.plan().area(requireNonNull(parent, "parent"));
        List<Boundary> grids = children(plan, parent);
        Optional<Geometry> outline = plan.boundary(parent);
        Optional<Boundary> border = outline.map(g -> Boundary.of(parent.toString(), g));
        RepairResult result = border.isPresent()
                ? CoverageRepair.repair(border.get(), grids, options)
                : CoverageRepair.repair(grids, options);
        return new PlanRepair(plan, parent, grids, result, redrawn(border, grids, result, options.check()));
    }

    /**
     * The boundaries to draw: those of the changed grids, except grids the repair only re-noded
     * (valid, same ground) when the coverage checks as well with their old boundaries.
     */
    private static Map<AreaCode, Geometry> redrawn(
            Optional<Boundary> border, List<Boundary> input, RepairResult result, CoverageOptions options) {
        Map<String, Geometry> before = new LinkedHashMap<>();
        input.forEach(b -> before.put(b.id(), b.geometry()));
        Map<String, GridChange> changed = new LinkedHashMap<>();
        result.changes().forEach(c -> changed.put(c.id(), c));
        List<Boundary> kept = new ArrayList<>();
        Map<AreaCode, Geometry> all = new LinkedHashMap<>();
        Map<AreaCode, Geometry> moved = new LinkedHashMap<>();
        for (Boundary b : result.grids()) {
            GridChange c = changed.get(b.id());
            if (c == null) {
                kept.add(b);
                continue;
            }
            all.put(AreaCode.parse(b.id()), b.geometry());
            boolean sameGround = !c.madeValid()
                    && c.gained().isEmpty()
                    && c.lost().isEmpty()
                    && b.geometry().equalsTopo(before.get(b.id()));
            if (sameGround) {
                kept.add(Boundary.of(b.id(), before.get(b.id())));
            } else {
                kept.add(b);
                moved.put(AreaCode.parse(b.id()), b.geometry());
            }
        }
        if (moved.size() == all.size()) {
            return Collections.unmodifiableMap(all);
        }
        CoverageCheck check = CoverageCheck.of(options);
        CoverageReport report = border.isPresent() ? check.check(border.get(), kept) : check.check(kept);
        boolean asClean =
                report.findings().size() <= result.remaining().findings().size();
        return Collections.unmodifiableMap(asClean ? moved : all);
    }

    private static List<Boundary> children(BoundedPlan plan, AreaCode parent) {
        List<Boundary> grids = new ArrayList<>();
        plan.childBoundaries(parent).forEach((code, g) -> grids.add(Boundary.of(code.toString(), g)));
        return List.copyOf(grids);
    }

    /** The revision repaired. */
    public BoundedPlan plan() {
        return plan;
    }

    /** The area whose children were repaired. */
    public AreaCode parent() {
        return parent;
    }

    /** The repaired boundaries, the account of every change and what remains for a person. */
    public RepairResult result() {
        return result;
    }

    /**
     * The boundaries {@link #applyTo} draws, by code: those of the grids whose ground the repair
     * changed (or that it made valid), and of grids it re-noded to match a neighbour vertex for
     * vertex when the coverage needs it. A grid rebuilt with the same ground whose old boundary
     * checks as clean keeps its old boundary and is not named.
     */
    public Map<AreaCode, Geometry> redrawn() {
        return drawn;
    }

    /** The edit {@link #applyTo} records, naming the areas of {@link #redrawn()}; empty when it is empty. */
    public Optional<ReviseBoundaries> edit() {
        List<ReviseBoundaries.Redrawn> areas = new ArrayList<>();
        for (GridChange c : result.changes()) {
            AreaCode code = AreaCode.parse(c.id());
            if (drawn.containsKey(code)) {
                areas.add(new ReviseBoundaries.Redrawn(code, squareMetres(c.gained()), squareMetres(c.lost())));
            }
        }
        return areas.isEmpty() ? Optional.empty() : Optional.of(new ReviseBoundaries(areas));
    }

    private static double squareMetres(List<GridChange.Transfer> transfers) {
        double sum = transfers.stream().mapToDouble(GridChange.Transfer::areaM2).sum();
        return Math.round(sum * 100) / 100.0;
    }

    /**
     * {@code history} with the repair as its next revision, recorded as a {@link ReviseBoundaries}
     * edit by {@code actor} for {@code reason}; {@code history} itself when nothing changed.
     *
     * @throws InvalidInputException naming {@code revision}, {@code parent} or
     *     {@code boundaries.<code>} if the history's current revision is not the one repaired, or
     *     naming the actor, the reason or a boundary the plan does not accept (a grid the repair
     *     left empty); the history is unchanged
     */
    public BoundedHistory applyTo(BoundedHistory history, String actor, String reason) {
        requireNonNull(history, "history");
        requireSameRevision(history.current());
        Optional<ReviseBoundaries> edit = edit();
        if (edit.isEmpty()) {
            return history;
        }
        return history.apply(edit.get(), drawn, actor, reason);
    }

    private void requireSameRevision(BoundedPlan current) {
        int made = plan.plan().revision();
        String rule = "a repair is recorded on the revision it was made from (" + made + ")";
        if (current.plan().revision() != made) {
            throw new InvalidInputException("revision", rule, current.plan().revision());
        }
        if (current.plan().findArea(parent).isEmpty()) {
            throw new InvalidInputException("parent", rule, parent.toString());
        }
        List<Boundary> now = children(current, parent);
        for (int i = 0; i < Math.max(now.size(), input.size()); i++) {
            Boundary was = i < input.size() ? input.get(i) : null;
            Boundary is = i < now.size() ? now.get(i) : null;
            if (was == null
                    || is == null
                    || !was.id().equals(is.id())
                    || !was.geometry().equalsExact(is.geometry())) {
                String code = (was == null ? is : was).id();
                throw new InvalidInputException("boundaries." + code, rule, "drawn otherwise");
            }
        }
    }
}
