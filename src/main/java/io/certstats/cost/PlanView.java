package io.certstats.cost;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.certstats.certification.Level;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "ExamPlan", description = "A priced set of exams: totals, totals by level, and each exam "
        + "in the order taken.")
public record PlanView(TotalsView totals, List<LevelTotals> byLevel, List<ExamLine> exams) {

    @Schema(name = "ExamPlanLevel", description = "The totals of one level's exams.")
    public record LevelTotals(@Schema(example = "ASSOCIATE") Level level, TotalsView totals) {
    }

    /** One exam of the plan, flat so that it can be written as a CSV row. */
    @Schema(name = "ExamPlanLine", description = "One exam of a plan and its price.")
    public record ExamLine(
            @Schema(description = "Position in the order the exams are taken, from 1.", example = "2") int order,
            @JsonUnwrapped Exam exam,
            @Schema(description = "The certification whose voucher paid part of this exam; null when paid in full.",
                    example = "CLF", nullable = true) String voucherFrom,
            @Schema(description = "The list fee in force.", example = "20000") BigDecimal fee,
            @Schema(description = "What the voucher took off.", example = "10000") BigDecimal discount,
            @Schema(description = "Fee less discount.", example = "10000") BigDecimal net,
            @Schema(description = "The consumption tax rate charged; null when none is.", example = "10", nullable = true)
            Integer taxPercent,
            @Schema(description = "Tax on the net price; null when none is charged.", example = "1000", nullable = true) BigDecimal tax,
            @Schema(description = "What is paid for this exam.", example = "11000") BigDecimal total) {
    }

    public static PlanView of(ExamPlan plan, Currency currency) {
        List<LevelTotals> byLevel = plan.byLevel().entrySet().stream()
                .map(e -> new LevelTotals(e.getKey(), TotalsView.of(e.getValue(), currency))).toList();
        List<ExamLine> lines = plan.exams().stream().map(l -> new ExamLine(l.order(), l.exam(), l.voucherFrom(),
                currency.toAmount(l.price().fee()), currency.toAmount(l.price().discount()), currency.toAmount(l.price().net()), l.price().taxPercent(),
                l.price().tax() == null ? null : currency.toAmount(l.price().tax()),
                currency.toAmount(l.price().total()))).toList();
        return new PlanView(TotalsView.of(plan.totals(), currency), byLevel, lines);
    }
}
