package io.certstats.cost;

import io.certstats.certification.Level;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every exam fee the data knows, by level, currency and period. Pure: built from exam-fees.csv's rows. */
public record FeeSchedule(List<Fee> fees) {

    /** A fee in minor units, in force from {@code from} to {@code until} inclusive; a null end is open. */
    public record Fee(Level level, Currency currency, long minor, LocalDate from, LocalDate until) {

        boolean appliesOn(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
        }
    }

    /** The fee in force on a day, if the data knows one. */
    public Optional<Fee> on(Level level, Currency currency, LocalDate day) {
        return fees.stream().filter(f -> f.level() == level && f.currency() == currency && f.appliesOn(day))
                .findFirst();
    }
}
