package io.certstats.cost;

import io.certstats.certification.Level;

import java.time.LocalDate;
import java.util.Optional;

/** Prices one exam on a day: the fee then in force, the voucher if one is used, and Japan's tax on JPY. */
public final class Pricer {

    private final FeeSchedule fees;
    private final TaxSchedule japaneseTax;
    private final Benefits benefits;

    public Pricer(FeeSchedule fees, TaxSchedule japaneseTax, Benefits benefits) {
        this.fees = fees;
        this.japaneseTax = japaneseTax;
        this.benefits = benefits;
    }

    public Benefits benefits() {
        return benefits;
    }

    /** Empty when the data knows no fee for the level, currency and day. */
    public Optional<Price> price(Level level, LocalDate day, Currency currency, boolean voucher, boolean withTax) {
        return fees.on(level, currency, day).map(fee -> {
            long discount = voucher ? benefits.discountOn(fee.minor()) : 0;
            long net = fee.minor() - discount;
            // The voucher takes 50 % off the price before tax; tax is then charged on what is paid.
            Optional<TaxSchedule.Rate> rate = withTax && currency == Currency.JPY ? japaneseTax.on(day)
                    : Optional.empty();
            return new Price(fee.minor(), discount, net, rate.map(TaxSchedule.Rate::percent).orElse(null),
                    rate.map(r -> TaxSchedule.taxOn(net, r.percent())).orElse(null));
        });
    }
}
