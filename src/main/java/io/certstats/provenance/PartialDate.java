package io.certstats.provenance;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date as precise as its source: a day ({@code 2024-04-08}) or only a month ({@code 2021-03}).
 * A month-precision date covers every day of its month.
 */
public record PartialDate(LocalDate firstDay, LocalDate lastDay) {

    public static PartialDate parse(String iso) {
        if (iso == null) {
            return null;
        }
        if (iso.length() == 7) {
            YearMonth month = YearMonth.parse(iso);
            return new PartialDate(month.atDay(1), month.atEndOfMonth());
        }
        LocalDate day = LocalDate.parse(iso);
        return new PartialDate(day, day);
    }
}
