package io.certstats.cost;

import io.certstats.certification.Level;
import io.certstats.errors.ApiException;
import io.certstats.errors.ProblemType;

import java.time.LocalDate;
import java.util.Optional;

/** Prices one exam on a day: the fee then in force, the voucher if one is used, and Japan's tax on JPY. */
public record Pricer(FeeSchedule fees, TaxSchedule japaneseTax, Benefits benefits) {

    /** A 404 problem when the data knows no fee for the level, currency and day: a gap in the data. */
    public Price price(Level level, LocalDate day, Currency currency, boolean voucher, boolean withTax) {
        FeeSchedule.Fee fee = fees.on(level, currency, day).orElseThrow(() -> new ApiException(ProblemType.NO_FEE,
                "exam-fees.csv has no " + currency + " fee for level " + level + " on " + day));
        long discount = voucher ? benefits.discountOn(fee.minor()) : 0;
        long net = fee.minor() - discount;
        // The voucher takes 50 % off the price before tax; tax is then charged on what is paid.
        Optional<TaxSchedule.Rate> rate = withTax && currency == Currency.JPY ? japaneseTax.on(day) : Optional.empty();
        return new Price(fee.minor(), discount, net, rate.map(TaxSchedule.Rate::percent).orElse(null),
                rate.map(r -> TaxSchedule.taxOn(net, r.percent())).orElse(null));
    }
}
