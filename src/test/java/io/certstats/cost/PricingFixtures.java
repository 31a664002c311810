package io.certstats.cost;

import io.certstats.certification.Level;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A small hand-made fee schedule for the hand-worked cases of the unit tests: JPY Foundational
 * 11,000 and Associate 15,000 and Professional 30,000 until 2024-03-31, then 15,000 / 20,000 /
 * 40,000; USD 100 / 150 / 300 throughout; tax 10 % from 2019-10-01; vouchers 50 %; validity 3 years.
 */
public final class PricingFixtures {

    private PricingFixtures() {
    }

    public static final LocalDate PRICE_CHANGE = LocalDate.of(2024, 4, 1);

    public static Pricer pricer() {
        return pricer(50);
    }

    public static Pricer pricer(int voucherPercent) {
        LocalDate lastOld = PRICE_CHANGE.minusDays(1);
        FeeSchedule fees = new FeeSchedule(List.of(
                new FeeSchedule.Fee(Level.FOUNDATIONAL, Currency.JPY, 11_000, null, lastOld),
                new FeeSchedule.Fee(Level.ASSOCIATE, Currency.JPY, 15_000, null, lastOld),
                new FeeSchedule.Fee(Level.PROFESSIONAL, Currency.JPY, 30_000, null, lastOld),
                new FeeSchedule.Fee(Level.FOUNDATIONAL, Currency.JPY, 15_000, PRICE_CHANGE, null),
                new FeeSchedule.Fee(Level.ASSOCIATE, Currency.JPY, 20_000, PRICE_CHANGE, null),
                new FeeSchedule.Fee(Level.PROFESSIONAL, Currency.JPY, 40_000, PRICE_CHANGE, null),
                new FeeSchedule.Fee(Level.FOUNDATIONAL, Currency.USD, 10_000, null, null),
                new FeeSchedule.Fee(Level.ASSOCIATE, Currency.USD, 15_000, null, null),
                new FeeSchedule.Fee(Level.PROFESSIONAL, Currency.USD, 30_000, null, null)));
        TaxSchedule tax = new TaxSchedule(List.of(new TaxSchedule.Rate(10, LocalDate.of(2019, 10, 1), null)));
        return new Pricer(fees, tax, new Benefits(Period.ofYears(3), voucherPercent));
    }
}
