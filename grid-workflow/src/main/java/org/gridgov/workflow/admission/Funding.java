package org.gridgov.workflow.admission;

import java.math.BigDecimal;
import org.gridgov.core.InvalidInputException;

/**
 * The funding that follows an admitted item ("费随事转、事费匹配", seed 001). Immutable; Jackson reads
 * {@code {"amountYuan":120000,"basis":"PER_YEAR","source":"区财政"}}.
 *
 * @param amountYuan the amount in yuan, not negative
 * @param basis what the amount is per
 * @param source who pays
 */
public record Funding(BigDecimal amountYuan, Basis basis, String source) {

    /** What a funding amount is per. */
    public enum Basis {
        /** Per matter handled. */
        PER_MATTER,
        /** Per year. */
        PER_YEAR,
        /** Once, for the whole validity. */
        LUMP_SUM
    }

    /**
     * Checks the parts.
     *
     * @throws InvalidInputException if the amount is missing or negative, the basis missing or the
     *     source blank
     */
    public Funding {
        if (amountYuan == null || amountYuan.signum() < 0) {
            throw new InvalidInputException("funding.amountYuan", "a funding amount is zero or more yuan", amountYuan);
        }
        if (basis == null) {
            throw new InvalidInputException(
                    "funding.basis", "a funding names its basis (PER_MATTER, PER_YEAR, LUMP_SUM)", null);
        }
        if (source == null || source.isBlank()) {
            throw new InvalidInputException("funding.source", "a funding names who pays", source);
        }
    }
}
