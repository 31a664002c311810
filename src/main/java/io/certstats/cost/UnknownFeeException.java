package io.certstats.cost;

import io.certstats.certification.Level;

import java.time.LocalDate;

/** The data knows no fee for a level and currency on a day. */
public class UnknownFeeException extends RuntimeException {

    public UnknownFeeException(Level level, Currency currency, LocalDate day) {
        super("exam-fees.csv has no " + currency + " fee for level " + level + " on " + day);
    }
}
