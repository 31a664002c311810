package io.certstats.cost;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Japan's consumption tax rates by period (consumption-tax.csv), and how tax on a fee is rounded. */
public record TaxSchedule(List<Rate> rates) {

    public record Rate(int percent, LocalDate from, LocalDate until) {

        boolean appliesOn(LocalDate day) {
            return !day.isBefore(from) && (until == null || !day.isAfter(until));
        }
    }

    /** The rate in force on a day; empty before the first rate the data records. */
    public Optional<Rate> on(LocalDate day) {
        return rates.stream().filter(r -> r.appliesOn(day)).findFirst();
    }

    /**
     * Tax on one exam's price, in minor units, with any fraction of a yen dropped (rounded down),
     * the usual practice for consumption tax on a single receipt in Japan.
     */
    public static long taxOn(long netMinor, int percent) {
        return Math.floorDiv(netMinor * percent, 100);
    }
}
