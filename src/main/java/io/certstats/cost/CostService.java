package io.certstats.cost;

import jakarta.enterprise.context.ApplicationScoped;

/** Reads what pricing a program year's set needs from the database, for {@link CostView} to compute. */
@ApplicationScoped
public class CostService {

    /** 404 problems for an unknown program, a year without known criteria, or a day without a known fee. */
    public CostView ofYear(String program, int year, PriceOptions options) {
        return CostView.of(program, year, ProgramExams.required(program, year), options, PricingData.pricer(),
                PricingData.sources(options.currency(), options.tax()));
    }
}
