package org.gridgov.workflow.funding;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;

/**
 * Shares an amount in fen among grids by their households (费按户分), by the largest-remainder
 * method: each grid gets the floor of its exact share, and the fen left over go one each to the
 * grids with the largest remainders (ties: lower area code first). The shares sum to the amount
 * exactly and each is within one fen of its exact share. Grids with no households declared share
 * equally when all have none. Stateless.
 */
public final class HouseholdShares {
    private HouseholdShares() {}

    /**
     * The shares of {@code fen} among the grids of {@code households}.
     *
     * @throws InvalidInputException if there are no grids, the amount or a household count is
     *     negative
     */
    public static SortedMap<AreaCode, Long> split(long fen, Map<AreaCode, Long> households) {
        requireNonNull(households, "households");
        if (households.isEmpty()) {
            throw new InvalidInputException("grids", "an amount is shared among at least one grid", 0);
        }
        if (fen < 0) {
            throw new InvalidInputException("fen", "an amount is zero or more fen", fen);
        }
        SortedMap<AreaCode, Long> weights = new TreeMap<>(Comparator.comparing(AreaCode::toString));
        for (Map.Entry<AreaCode, Long> e : households.entrySet()) {
            if (e.getValue() < 0) {
                throw new InvalidInputException(
                        "households[" + e.getKey() + "]", "a household count is zero or more", e.getValue());
            }
            weights.put(e.getKey(), e.getValue());
        }
        long total = weights.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            weights.replaceAll((k, v) -> 1L);
            total = weights.size();
        }
        Map<AreaCode, Long> shares = new LinkedHashMap<>();
        List<Map.Entry<AreaCode, Long>> remainders = new ArrayList<>();
        long given = 0;
        for (Map.Entry<AreaCode, Long> e : weights.entrySet()) {
            long whole = Math.multiplyExact(fen, e.getValue()) / total;
            shares.put(e.getKey(), whole);
            remainders.add(Map.entry(e.getKey(), Math.multiplyExact(fen, e.getValue()) % total));
            given += whole;
        }
        remainders.sort(Map.Entry.<AreaCode, Long>comparingByValue().reversed());
        for (int i = 0; i < fen - given; i++) {
            shares.merge(remainders.get(i).getKey(), 1L, Long::sum);
        }
        SortedMap<AreaCode, Long> out = new TreeMap<>(Comparator.comparing(AreaCode::toString));
        out.putAll(shares);
        return out;
    }
}
