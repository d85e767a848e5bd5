package org.gridgov.workflow.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import org.gridgov.core.InvalidInputException;
import org.gridgov.core.area.AreaCode;
import org.gridgov.core.plan.GridPlan;
import org.gridgov.core.plan.PlanFile;
import org.gridgov.workflow.admission.AdmissionList;
import org.gridgov.workflow.admission.AdmittedItem;
import org.gridgov.workflow.admission.Funding;
import org.gridgov.workflow.policy.PolicyJson;
import org.junit.jupiter.api.Test;

/**
 * Seed 001 (Dongxing): "经区委研究批准后纳入,并按照“费随事转、事费匹配”原则拨付相关工作经费" - the funding follows the
 * admitted task to the grids that do it, shared by households where the terms say so. Reads the
 * sample admission list (flood-season basement checks, 30 yuan per matter, by households) and the
 * sample Jingkou plan from grid-examples/samples.
 */
class FundingFollowsTheTaskTest {
    private static final Path SAMPLES = Path.of(System.getProperty("grid.data")).resolveSibling("samples");
    private static final AreaCode HEJIANONG = AreaCode.parse("321102001001");
    private static final AreaCode ZHENGDONGLU = AreaCode.parse("321102001");
    private static final LocalDate MAY_DAY_EVE = LocalDate.parse("2026-04-30");

    private final GridPlan plan =
            PlanFile.read(SAMPLES.resolve("jingkou.plan.json")).plan();
    private static final AdmittedItem basements = PolicyJson.admissions(SAMPLES.resolve("policy-admissions.json"))
            .item("FLOOD_SEASON_BASEMENT_CHECK")
            .orElseThrow();

    @Test
    void theSampleItemIsFundedPerMatterAndSharedByHouseholds() {
        assertThat(basements.funding().amountFen()).isEqualTo(3000);
        assertThat(basements.funding().allocation()).isEqualTo(Funding.Allocation.HOUSEHOLDS);
    }

    @Test
    void aPushToTheCommunityIsSharedAmongItsGridsByHouseholdsToTheFen() {
        // 贺家弄's grids declare 250, 338 and 293 households (881): exact shares 851.3, 1151.0, 997.7 fen.
        FundingLedger ledger =
                FundingLedger.empty().push("push-1", basements, HEJIANONG, LocalDate.parse("2026-04-02"), plan);

        assertThat(ledger.owedPerGrid(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-30")))
                .containsExactly(
                        Map.entry(HEJIANONG.child(1), 851L),
                        Map.entry(HEJIANONG.child(2), 1151L),
                        Map.entry(HEJIANONG.child(3), 998L));
        assertThat(ledger.entries().stream().mapToLong(LedgerEntry::fen).sum()).isEqualTo(3000);
        assertThat(ledger.owedPerCommunity(LocalDate.parse("2026-04-01"), MAY_DAY_EVE))
                .containsExactly(Map.entry(HEJIANONG, 3000L));
    }

    @Test
    void aPushToTheWholeStreetOwesEachCommunityItsHouseholdsShareAndSumsToTheAmount() {
        FundingLedger ledger =
                FundingLedger.empty().push("push-2", basements, ZHENGDONGLU, LocalDate.parse("2026-04-10"), plan);
        SortedMap<AreaCode, Long> perCommunity = ledger.owedPerCommunity(LocalDate.parse("2026-04-01"), MAY_DAY_EVE);

        assertThat(perCommunity.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(3000);
        long streetHouseholds = plan.grids().stream()
                .filter(g -> g.isActive() && ZHENGDONGLU.contains(g.code()))
                .mapToLong(g -> g.households())
                .sum();
        long hejianongHouseholds = 250 + 338 + 293;
        double exact = 3000.0 * hejianongHouseholds / streetHouseholds;
        assertThat((double) perCommunity.get(HEJIANONG)).isBetween(exact - 3, exact + 3); // one fen per grid at most
        assertThat(perCommunity.keySet()).allMatch(c -> c.level() == org.gridgov.core.area.AreaLevel.COMMUNITY);
    }

    @Test
    void theQueryCountsOnlyThePeriodsPushes() {
        FundingLedger ledger = FundingLedger.empty()
                .push("april", basements, HEJIANONG.child(1), LocalDate.parse("2026-04-20"), plan)
                .push("may", basements, HEJIANONG.child(1), LocalDate.parse("2026-05-06"), plan)
                .push("may-2", basements, HEJIANONG.child(1), LocalDate.parse("2026-05-31"), plan);
        assertThat(ledger.owedPerCommunity(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31")))
                .containsExactly(Map.entry(HEJIANONG, 6000L));
        assertThat(ledger.owedPerGrid(LocalDate.parse("2026-04-01"), MAY_DAY_EVE))
                .containsExactly(Map.entry(HEJIANONG.child(1), 3000L));
    }

    @Test
    void aGridAllocatedItemPaysTheMattersOwnGridAndRefusesAPushAboveAGrid() {
        AdmittedItem toTheGrid = withFunding(new Funding(new BigDecimal("12.50"), Funding.Basis.PER_MATTER, "区财政"));
        FundingLedger ledger =
                FundingLedger.empty().push("p", toTheGrid, HEJIANONG.child(2), LocalDate.parse("2026-04-02"), plan);
        assertThat(ledger.entries()).singleElement().satisfies(e -> {
            assertThat(e.grid()).isEqualTo(HEJIANONG.child(2));
            assertThat(e.community()).isEqualTo(HEJIANONG);
            assertThat(e.fen()).isEqualTo(1250);
        });
        assertThatThrownBy(() -> ledger.push("q", toTheGrid, HEJIANONG, LocalDate.parse("2026-04-02"), plan))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("location")
                .hasMessageContaining("321102001001");
    }

    @Test
    void aRefusedPushLeavesTheLedgerAsItWas() {
        FundingLedger ledger =
                FundingLedger.empty().push("push-1", basements, HEJIANONG, LocalDate.parse("2026-04-02"), plan);
        assertThatThrownBy(() -> ledger.push("push-1", basements, HEJIANONG, LocalDate.parse("2026-04-03"), plan))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("once");
        AdmittedItem yearly = withFunding(new Funding(new BigDecimal("120000"), Funding.Basis.PER_YEAR, "区财政"));
        assertThatThrownBy(() -> ledger.push("push-9", yearly, HEJIANONG, LocalDate.parse("2026-04-03"), plan))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("funding.basis")
                .hasMessageContaining("PER_YEAR");
        assertThat(ledger.entries()).hasSize(3);
    }

    @Test
    void anAmountBelowAFenIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new Funding(new BigDecimal("0.125"), Funding.Basis.PER_MATTER, "区财政"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("funding.amountYuan")
                .hasMessageContaining("0.125");
    }

    @Test
    void anUnknownAllocationInTheFileIsRefusedWithItsPath() {
        String json = "{\"version\":0,\"items\":[{\"code\":\"X1\",\"name\":\"n\",\"department\":\"d\","
                + "\"approvedBy\":\"a\",\"approvedOn\":\"2026-01-01\",\"validFrom\":\"2026-01-01\","
                + "\"validUntil\":null,\"areas\":[\"321102001\"],"
                + "\"funding\":{\"amountYuan\":1,\"basis\":\"PER_MATTER\",\"source\":\"s\",\"allocation\":\"BY_AGE\"}}],"
                + "\"pending\":[],\"changes\":[]}";
        assertThatThrownBy(() -> PolicyJson.read("admissions.json", json, AdmissionList.class))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("allocation");
    }

    private AdmittedItem withFunding(Funding f) {
        return new AdmittedItem(
                basements.code(),
                basements.name(),
                basements.department(),
                basements.approvedBy(),
                basements.approvedOn(),
                basements.validFrom(),
                basements.validUntil(),
                basements.areas(),
                f);
    }
}
