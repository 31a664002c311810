package io.certstats.cost;

import io.certstats.provenance.SourceLink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Prices a program year's set both ways and puts the answer together; pure, given the data it reads. */
final class ProgramCost {

    private ProgramCost() {
    }

    /** "The prices in force in that year" are read as those in force on its first day. */
    static LocalDate pricesOn(int year) {
        return LocalDate.of(year, 1, 1);
    }

    static CostView of(String program, int year, List<Exam> exams, PriceOptions options, Pricer pricer,
                       List<SourceLink> sources) {
        LocalDate day = pricesOn(year);
        ExamPlan list = ExamPlan.atListPrice(exams, day, options.currency(), options.tax(), pricer);
        ExamPlan vouchers = ExamPlan.withVouchers(exams, day, options.currency(), options.tax(), pricer);
        Currency c = options.currency();
        List<String> assumptions = new ArrayList<>(options.planAssumptions(pricer.benefits(), day.toString()));
        if (options.tax() && list.exams().stream().anyMatch(l -> l.price().tax() == null)) {
            assumptions.add("consumption-tax.csv records no rate for " + day + ": no tax is included.");
        }
        return new CostView(program, year, c, options.tax(), day, PlanView.of(list, c), PlanView.of(vouchers, c),
                c.toAmount(list.totals().total() - vouchers.totals().total()), assumptions, sources);
    }
}
