package io.certstats.provenance;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * A date as precise as its source: a day ({@code 2024-04-08}), only a month ({@code 2021-03}) or only a
 * year ({@code 2015}). Stored as the first day of its period ({@code <name>_first_day}, a DATE) and the
 * period's unit ({@code <name>_precision}: 'day', 'month' or 'year', which date_trunc takes too; V6),
 * so that SQL compares dates; it covers every day of its period.
 */
@Embeddable
public record PartialDate(LocalDate firstDay, String precision) {

    @JsonCreator // a curator's body gives the date as the API serves it
    public static PartialDate parse(String iso) {
        if (iso == null) {
            return null;
        }
        return switch (iso.length()) {
            case 4 -> new PartialDate(Year.parse(iso).atDay(1), "year");
            case 7 -> new PartialDate(YearMonth.parse(iso).atDay(1), "month");
            default -> new PartialDate(LocalDate.parse(iso), "day");
        };
    }

    /** The form the API serves and the data files write, or null for none. */
    public static String iso(PartialDate date) {
        return date == null ? null : date.iso();
    }

    public String iso() {
        return firstDay.toString().substring(0, switch (precision) {
            case "year" -> 4;
            case "month" -> 7;
            default -> 10;
        });
    }

    public LocalDate lastDay() {
        return switch (precision) {
            case "year" -> firstDay.plusYears(1).minusDays(1);
            case "month" -> firstDay.plusMonths(1).minusDays(1);
            default -> firstDay;
        };
    }
}
