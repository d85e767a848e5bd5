package org.gridgov.geo.coverage;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.gridgov.core.internal.Sorted;

/**
 * A defect a person has reviewed and accepted (a river between two grids, a stretch of
 * the outer perimeter): findings of this kind involving exactly these ids are left out
 * of the report's findings and counted in {@link CoverageReport#suppressed()}.
 * Immutable, thread-safe.
 */
public record AcceptedFinding(CoverageFinding.Kind kind, Set<String> ids, String reason) {

    public AcceptedFinding {
        requireNonNull(kind, "kind");
        ids = Sorted.set(requireNonNull(ids, "ids"));
        requireNonNull(reason, "reason");
    }

    /** Accepts findings of {@code kind} that involve exactly {@code ids}. */
    public static AcceptedFinding of(CoverageFinding.Kind kind, Set<String> ids, String reason) {
        return new AcceptedFinding(kind, ids, reason);
    }

    boolean covers(CoverageFinding finding) {
        return finding.kind() == kind && Sorted.set(finding.ids()).equals(ids);
    }
}
