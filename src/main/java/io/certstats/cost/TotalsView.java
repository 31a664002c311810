package io.certstats.cost;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "CostTotals", description = "Sums of a set of priced exams, in the answer's currency.")
public record TotalsView(
        @Schema(description = "How many exams.", example = "12") int exams,
        @Schema(description = "The list fees, before vouchers and tax.", example = "360000") BigDecimal fees,
        @Schema(description = "What the vouchers took off.", example = "170000") BigDecimal discounts,
        @Schema(description = "Fees less discounts: what is paid before tax.", example = "190000") BigDecimal net,
        @Schema(description = "Consumption tax on the net price; 0 when none is charged.", example = "19000")
        BigDecimal tax,
        @Schema(description = "What is paid: net plus tax.", example = "209000") BigDecimal total) {

    public static TotalsView of(ExamPlan.Totals t, Currency currency) {
        return new TotalsView(t.exams(), currency.toAmount(t.fees()), currency.toAmount(t.discounts()),
                currency.toAmount(t.net()), currency.toAmount(t.tax()), currency.toAmount(t.total()));
    }
}
