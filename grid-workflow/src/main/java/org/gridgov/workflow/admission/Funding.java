package org.gridgov.workflow.admission;

import java.math.BigDecimal;
import org.gridgov.core.InvalidInputException;

/**
 * The funding that follows an admitted item ("费随事转、事费匹配", seed 001). Immutable; Jackson reads
 * {@code {"amountYuan":120000,"basis":"PER_YEAR","source":"区财政","allocation":"HOUSEHOLDS"}}
 * ({@code allocation} optional, default {@link Allocation#GRID}). The amount is whole fen (at most
 * two decimals): the ledger ({@link org.gridgov.workflow.funding.FundingLedger}) counts in fen.
 *
 * @param amountYuan the amount in yuan, not negative, at most two decimals
 * @param basis what the amount is per
 * @param source who pays
 * @param allocation how the amount is shared among grids
 */
public record Funding(BigDecimal amountYuan, Basis basis, String source, Allocation allocation) {

    /** How the amount of one push or grant is shared among the grids it covers (费按户分). */
    public enum Allocation {
        /** All of it to the one grid the matter lies in. */
        GRID,
        /** Among the active grids under the matter's location, by their households in the plan. */
        HOUSEHOLDS
    }

    /** Funding paid to the matter's own grid. */
    public Funding(BigDecimal amountYuan, Basis basis, String source) {
        this(amountYuan, basis, source, Allocation.GRID);
    }

    /** What a funding amount is per. */
    public enum Basis {
        /** Per matter handled. */
        PER_MATTER,
        /** Per year. */
        PER_YEAR,
        /** Once, for the whole validity. */
        LUMP_SUM
    }

    /** The amount in fen. */
    public long amountFen() {
        return amountYuan.movePointRight(2).longValueExact();
    }

    /**
     * Checks the parts; an absent allocation is {@link Allocation#GRID}.
     *
     * @throws InvalidInputException if the amount is missing or negative, the basis missing or the
     *     source blank
     */
    public Funding {
        if (amountYuan == null || amountYuan.signum() < 0) {
            throw new InvalidInputException("funding.amountYuan", "a funding amount is zero or more yuan", amountYuan);
        }
        if (amountYuan.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(
                    "funding.amountYuan", "a funding amount is whole fen (at most two decimals)", amountYuan);
        }
        allocation = allocation == null ? Allocation.GRID : allocation;
        if (basis == null) {
            throw new InvalidInputException(
                    "funding.basis", "a funding names its basis (PER_MATTER, PER_YEAR, LUMP_SUM)", null);
        }
        if (source == null || source.isBlank()) {
            throw new InvalidInputException("funding.source", "a funding names who pays", source);
        }
    }
}
