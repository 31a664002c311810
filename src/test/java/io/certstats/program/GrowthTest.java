package io.certstats.program;

import io.certstats.provenance.EvidenceGrade;
import io.certstats.provenance.Source;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GrowthTest {

    private static ProgramYearView year(int year, Integer count) {
        return year(year, count, EvidenceGrade.PRIMARY);
    }

    private static ProgramYearView year(int year, Integer count, EvidenceGrade grade) {
        return new ProgramYearView(year, "P", count, null, null, null,
                new Source(List.of(), null, null, List.of(), grade));
    }

    private static Growth growth(ProgramYearView... years) {
        return Growth.of(List.of(years), 2000, 2030);
    }

    @Test
    void doublingOverTwoYearsIsAbout41PercentAYear() {
        Growth growth = growth(year(2020, 100), year(2021, null), year(2022, 200));
        assertEquals(2020, growth.fromYear());
        assertEquals(2022, growth.toYear());
        // The gap stays a gap: only the known years are used, and named.
        assertEquals(List.of(2020, 2022), growth.knownYears());
        assertNull(growth.reason());
        assertEquals(0, growth.compoundAnnualGrowthPercent().compareTo(
                new BigDecimal((Math.sqrt(2) - 1) * 100, java.math.MathContext.DECIMAL64)));
    }

    @Test
    void steadyCountsHaveNoGrowth() {
        assertEquals(0, growth(year(2020, 50), year(2025, 50)).compoundAnnualGrowthPercent().signum());
    }

    @Test
    void aFallIsNegative() {
        assertEquals(-50, growth(year(2020, 100), year(2021, 50)).compoundAnnualGrowthPercent()
                .doubleValue(), 1e-9);
    }

    @Test
    void fewerThanTwoPublishedYearsHaveNoGrowth() {
        Growth one = Growth.of(List.of(year(2020, 100), year(2021, null)), 2020, 2021);
        assertNull(one.compoundAnnualGrowthPercent());
        assertEquals(2020, one.fromYear());
        assertNull(one.toYear());
        assertEquals("fewer than two years of 2020-2021 have a known count (only 2020 has)", one.reason());
        Growth none = Growth.of(List.of(), 2025, 2026);
        assertNull(none.fromYear());
        assertEquals(List.of(), none.knownYears());
        assertEquals("fewer than two years of 2025-2026 have a known count (none has)", none.reason());
    }

    @Test
    void growthFromZeroHasNoRate() {
        Growth fromZero = growth(year(2020, 0), year(2021, 5));
        assertNull(fromZero.compoundAnnualGrowthPercent());
        assertEquals("the count of 2020 is 0: no rate grows from 0", fromZero.reason());
    }

    @Test
    void growthCarriesTheWeakestGradeOfTheTwoCountsItUses() {
        assertEquals(EvidenceGrade.SECONDARY, growth(year(2020, 1, EvidenceGrade.PRIMARY),
                year(2021, 2, EvidenceGrade.INFERRED), year(2022, 3, EvidenceGrade.SECONDARY)).grade());
        assertEquals(EvidenceGrade.INFERRED, growth(year(2020, 1, EvidenceGrade.INFERRED),
                year(2022, 3, EvidenceGrade.PRIMARY)).grade());
    }
}
