package io.certstats.provenance;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PartialDateTest {

    @Test
    void aDayIsItsOwnFirstAndLastDay() {
        PartialDate day = PartialDate.parse("2024-04-08");
        assertEquals(new PartialDate(LocalDate.of(2024, 4, 8), "day"), day);
        assertEquals(LocalDate.of(2024, 4, 8), day.lastDay());
        assertEquals("2024-04-08", day.iso());
    }

    @Test
    void aMonthSpansItsDays() {
        PartialDate month = PartialDate.parse("2024-02");
        assertEquals(new PartialDate(LocalDate.of(2024, 2, 1), "month"), month);
        assertEquals(LocalDate.of(2024, 2, 29), month.lastDay());
        assertEquals("2024-02", month.iso());
    }

    @Test
    void aYearSpansItsDays() {
        PartialDate year = PartialDate.parse("2015");
        assertEquals(new PartialDate(LocalDate.of(2015, 1, 1), "year"), year);
        assertEquals(LocalDate.of(2015, 12, 31), year.lastDay());
        assertEquals("2015", year.iso());
    }

    @Test
    void nothingIsNull() {
        assertNull(PartialDate.parse(null));
    }
}
