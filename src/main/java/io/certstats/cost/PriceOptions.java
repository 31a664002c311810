package io.certstats.cost;

import java.util.ArrayList;
import java.util.List;

/** The currency and whether tax is included of a priced answer ({@link PriceParams} binds them). */
public record PriceOptions(Currency currency, boolean tax) {

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
