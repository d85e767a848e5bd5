package org.gridgov.workflow.funding;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.Area;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.area.AreaLevel;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.workflow.admission.AdmittedItem;
import org.gridgov.workflow.admission.Funding;

/**
 * What admitted pushes owe the grids and communities that do the work (费随事转、事费匹配, seed 001),
 * in integer fen.
 *
 * <p>{@link #push} records one push of a {@link Funding.Basis#PER_MATTER} item: its amount goes to the
 * grid the matter lies in ({@link Funding.Allocation#GRID}), or is shared among the active grids under
 * the matter's location by their households in the plan ({@link Funding.Allocation#HOUSEHOLDS}, via
 * {@link HouseholdShares}: the shares sum to the amount to the fen). Each share is a
 * {@link LedgerEntry} naming the grid and its community. {@link #owedPerCommunity} and
 * {@link #owedPerGrid} sum the entries of a period. Immutable and thread-safe: a push returns a new
 * ledger, and a refused push leaves the ledger as it was.
 */
public final class FundingLedger {
    private static final FundingLedger EMPTY = new FundingLedger(List.of());

    private final List<LedgerEntry> entries;

    private FundingLedger(List<LedgerEntry> entries) {
        this.entries = entries;
    }

    /** The empty ledger. */
    public static FundingLedger empty() {
        return EMPTY;
    }

    /** A ledger of these entries, as a host stored them. */
    public static FundingLedger of(List<LedgerEntry> entries) {
        return new FundingLedger(List.copyOf(entries));
    }

    /** Every entry, oldest first. */
    public List<LedgerEntry> entries() {
        return entries;
    }

    /**
     * This ledger with what push {@code push} of {@code item}, located at {@code location} and
     * admitted on {@code on}, owes under the plan.
     *
     * @throws InvalidInputException if the push id was recorded before, the item's basis is not
     *     {@code PER_MATTER}, the location is not in the plan, a {@code GRID}-allocated push lies
     *     above a grid, or no active grid lies under the location
     */
    public FundingLedger push(String push, AdmittedItem item, AreaCode location, LocalDate on, GridPlan plan) {
        requireNonNull(push, "push");
        requireNonNull(item, "item");
        requireNonNull(location, "location");
        requireNonNull(on, "on");
        requireNonNull(plan, "plan");
        if (entries.stream().anyMatch(e -> e.push().equals(push))) {
            throw new InvalidInputException("push", "a push is recorded in the ledger once", push);
        }
        Funding f = item.funding();
        if (f.basis() != Funding.Basis.PER_MATTER) {
            throw new InvalidInputException(
                    "funding.basis",
                    "a push owes funding only under a PER_MATTER item; " + item.code() + " is funded " + f.basis(),
                    f.basis());
        }
        plan.findArea(location)
                .orElseThrow(
                        () -> new InvalidInputException("location", "a push lies in an area of the plan", location));
        Map<AreaCode, Long> households = new LinkedHashMap<>();
        if (f.allocation() == Funding.Allocation.GRID) {
            AreaCode grid = gridOf(location);
            households.put(grid, 1L);
        } else {
            for (Area g : plan.grids()) {
                if (g.isActive() && (location.contains(g.code()) || g.code().contains(location))) {
                    households.put(g.code(), (long) g.households());
                }
            }
            if (households.isEmpty()) {
                throw new InvalidInputException("location", "an active grid lies under the push's location", location);
            }
        }
        List<LedgerEntry> next = new ArrayList<>(entries);
        HouseholdShares.split(f.amountFen(), households)
                .forEach((grid, fen) -> next.add(new LedgerEntry(push, item.code(), grid.parent(), grid, fen, on)));
        return new FundingLedger(List.copyOf(next));
    }

    /** Fen owed per community for pushes admitted from {@code from} to {@code to}, both included. */
    public SortedMap<AreaCode, Long> owedPerCommunity(LocalDate from, LocalDate to) {
        return owed(from, to, LedgerEntry::community);
    }

    /** Fen owed per grid for pushes admitted from {@code from} to {@code to}, both included. */
    public SortedMap<AreaCode, Long> owedPerGrid(LocalDate from, LocalDate to) {
        return owed(from, to, LedgerEntry::grid);
    }

    private SortedMap<AreaCode, Long> owed(LocalDate from, LocalDate to, Function<LedgerEntry, AreaCode> key) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "a period ends on or after its first day " + from, to);
        }
        SortedMap<AreaCode, Long> out = new TreeMap<>(Comparator.comparing(AreaCode::toString));
        for (LedgerEntry e : entries) {
            if (!e.on().isBefore(from) && !e.on().isAfter(to)) {
                out.merge(key.apply(e), e.fen(), Long::sum);
            }
        }
        return out;
    }

    private static AreaCode gridOf(AreaCode location) {
        AreaCode c = location;
        while (c.level() == AreaLevel.MICRO_GRID) {
            c = c.parent();
        }
        if (c.level() != AreaLevel.GRID) {
            throw new InvalidInputException(
                    "location", "a push of a GRID-allocated item lies in one grid, not above", location);
        }
        return c;
    }

    @Override
    public String toString() {
        return "FundingLedger[" + entries.size() + " entries]";
    }
}
