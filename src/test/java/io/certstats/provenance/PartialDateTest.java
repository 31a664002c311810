package io.certstats.provenance;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PartialDateTest {

    @Test
    void aDayIsItsOwnFirstAndLastDay() {
        assertEquals(new PartialDate(LocalDate.of(2024, 4, 8), LocalDate.of(2024, 4, 8)), PartialDate.parse("2024-04-08"));
    }

    @Test
    void aMonthSpansItsDays() {
        assertEquals(new PartialDate(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)), PartialDate.parse("2024-02"));
    }

    @Test
    void nothingIsNull() {
        assertNull(PartialDate.parse(null));
    }
}
