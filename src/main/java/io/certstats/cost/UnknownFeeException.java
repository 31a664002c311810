package io.certstats.cost;

import io.certstats.certification.Level;
import io.certstats.errors.ApiException;
import io.certstats.errors.ProblemType;

import java.time.LocalDate;

/** The data knows no fee for a level and currency on a day: a gap in the data, answered as a 404 problem. */
public class UnknownFeeException extends ApiException {

    public UnknownFeeException(Level level, Currency currency, LocalDate day) {
        super(ProblemType.NO_FEE, "exam-fees.csv has no " + currency + " fee for level " + level + " on " + day);
    }
}
