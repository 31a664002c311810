package io.certstats.provenance;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PartialDateTest {

    /** A day is its own first and last day; a month and a year span their days (2024 is a leap year). */
    @ParameterizedTest
    @CsvSource({"2024-04-08, day, 2024-04-08, 2024-04-08", "2024-02, month, 2024-02-01, 2024-02-29",
            "2015, year, 2015-01-01, 2015-12-31"})
    void aDateSpansTheDaysOfItsPrecision(String iso, String precision, LocalDate first, LocalDate last) {
        PartialDate date = PartialDate.parse(iso);
        assertEquals(new PartialDate(first, precision), date);
        assertEquals(last, date.lastDay());
        assertEquals(iso, date.iso());
    }

    @Test
    void nothingIsNull() {
        assertNull(PartialDate.parse(null));
    }
}
