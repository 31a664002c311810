package io.certstats.cost;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A program year's set priced on one day, in one currency, with or without tax: what the cost of a
 * year and a renewal plan share. Each answer unwraps it, so its fields are the answer's own in JSON.
 */
public record PricedYear(
        @Schema(example = "jp-all-certifications-engineers") String program,
        @Schema(example = "2025") int year,
        @Schema(example = "JPY") Currency currency,
        @Schema(description = "Whether the amounts include consumption tax.", example = "true") boolean taxIncluded,
        @Schema(description = "The day whose fees are used: 1 January of the year.", example = "2025-01-01")
        LocalDate pricesOn) {

    /** "The prices in force in that year" are read as those in force on its first day. */
    public static PricedYear of(String program, int year, PriceOptions options) {
        return new PricedYear(program, year, options.currency(), options.tax(), LocalDate.of(year, 1, 1));
    }

    public PlanView atListPrice(List<Exam> exams, Pricer pricer) {
        return PlanView.of(ExamPlan.atListPrice(exams, pricesOn, currency, taxIncluded, pricer), currency);
    }

    public PlanView withVouchers(List<Exam> exams, Pricer pricer) {
        return PlanView.of(ExamPlan.withVouchers(exams, pricesOn, currency, taxIncluded, pricer), currency);
    }

    /** What every priced plan assumes, in words, with the figures read from the data. */
    public List<String> assumptions(Benefits benefits) {
        List<String> assumptions = new ArrayList<>();
        assumptions.add("Prices are the fees in force on " + pricesOn + ", from exam-fees.csv, per level.");
        assumptions.add("Every exam is passed at the first attempt: no failed attempts.");
        assumptions.add("Each pass grants one voucher for " + benefits.voucherPercent() + " % off one later exam; "
                + "vouchers are used as soon as available, each before it expires (" + benefits.validity().getYears()
                + " years). The cheapest exam is paid in full, each later one with the voucher of the pass before it.");
        assumptions.add("A voucher's discount is rounded half up to the currency's smallest unit (yen, cent).");
        if (taxIncluded) {
            assumptions.add("Consumption tax is charged on the price after the voucher, exam by exam, "
                    + "with fractions of a yen dropped.");
        } else {
            assumptions.add("No tax is included" + (currency == Currency.JPY
                    ? "; ask with tax=true for Japan's consumption tax." : "; AWS's USD fees exclude tax."));
        }
        return assumptions;
    }
}
