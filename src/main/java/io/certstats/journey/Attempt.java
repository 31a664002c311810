package io.certstats.journey;

import io.certstats.certification.Level;
import io.certstats.provenance.PartialDate;

import java.time.LocalDate;

/**
 * One exam attempt of a history, checked: {@code index} is its place in the request, {@code date} the
 * text it gave (a day or a month). A month-precision attempt is taken to be on the first day of its
 * month, so a certification is never assumed valid beyond its real expiry.
 */
public record Attempt(int index, String certification, String slug, Level level, String examCode, String date,
                      PartialDate when, boolean passed) {

    public LocalDate day() {
        return when.firstDay();
    }
}
