package io.certstats.program;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class GrowthTest {

    private static ProgramYearView year(int year, Integer count) {
        return new ProgramYearView(year, "P", count, null, null, null, null);
    }

    @Test
    void doublingOverTwoYearsIsAbout41PercentAYear() {
        Growth growth = Growth.of(List.of(year(2020, 100), year(2021, null), year(2022, 200)));
        assertEquals(2020, growth.fromYear());
        assertEquals(2022, growth.toYear());
        assertEquals(0, growth.compoundAnnualGrowthPercent().compareTo(
                new BigDecimal((Math.sqrt(2) - 1) * 100, java.math.MathContext.DECIMAL64)));
    }

    @Test
    void steadyCountsHaveNoGrowth() {
        assertEquals(0, Growth.of(List.of(year(2020, 50), year(2025, 50))).compoundAnnualGrowthPercent().signum());
    }

    @Test
    void aFallIsNegative() {
        assertEquals(-50, Growth.of(List.of(year(2020, 100), year(2021, 50))).compoundAnnualGrowthPercent()
                .doubleValue(), 1e-9);
    }

    @Test
    void fewerThanTwoPublishedYearsHaveNoGrowth() {
        assertNull(Growth.of(List.of(year(2020, 100), year(2021, null))));
        assertNull(Growth.of(List.of()));
    }

    @Test
    void growthFromZeroHasNoRate() {
        assertNull(Growth.of(List.of(year(2020, 0), year(2021, 5))).compoundAnnualGrowthPercent());
    }
}
