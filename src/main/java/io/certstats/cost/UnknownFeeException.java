package io.certstats.cost;

import io.certstats.certification.Level;
import io.certstats.web.ApiException;

import java.time.LocalDate;
import java.util.List;

/** The data knows no fee for a level and currency on a day: a gap in the data, answered as a 404 problem. */
public class UnknownFeeException extends ApiException {

    public UnknownFeeException(Level level, Currency currency, LocalDate day) {
        super(404, "no-fee", "No fee known",
                "exam-fees.csv has no " + currency + " fee for level " + level + " on " + day, List.of());
    }
}
