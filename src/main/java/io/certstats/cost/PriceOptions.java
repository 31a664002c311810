package io.certstats.cost;

import io.certstats.web.QueryParams;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code currency} (JPY or USD, default JPY) and {@code tax} (default false) of a priced answer. */
public record PriceOptions(Currency currency, boolean tax) {

    public static PriceOptions parse(QueryParams params, String currency, String tax) {
        Currency chosen = currency == null ? Currency.JPY : params.enumValue("currency", currency, Currency.class);
        boolean withTax = false;
        if (tax != null) {
            switch (tax.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> withTax = true;
                case "false" -> withTax = false;
                default -> params.reject("tax", "must be true or false, not '" + tax + "'");
            }
        }
        if (withTax && chosen == Currency.USD) {
            params.reject("tax", "is known only for JPY (Japan's consumption tax); use tax=false with USD");
        }
        return new PriceOptions(chosen == null ? Currency.JPY : chosen, withTax);
    }

    /** What every priced plan assumes, in words, with the figures read from the data. */
    public List<String> planAssumptions(Benefits benefits, String pricesOn) {
        List<String> assumptions = new ArrayList<>();
        assumptions.add("Prices are the fees in force on " + pricesOn + ", from exam-fees.csv, per level.");
        assumptions.add("Every exam is passed at the first attempt: no failed attempts.");
        assumptions.add("Each pass grants one voucher for " + benefits.voucherPercent() + " % off one later exam; "
                + "vouchers are used as soon as available, each before it expires (" + benefits.validity().getYears()
                + " years). The cheapest exam is paid in full, each later one with the voucher of the pass before it.");
        assumptions.add("A voucher's discount is rounded half up to the currency's smallest unit (yen, cent).");
        if (tax) {
            assumptions.add("Consumption tax is charged on the price after the voucher, exam by exam, "
                    + "with fractions of a yen dropped.");
        } else {
            assumptions.add("No tax is included" + (currency == Currency.JPY
                    ? "; ask with tax=true for Japan's consumption tax." : "; AWS's USD fees exclude tax."));
        }
        return assumptions;
    }
}
