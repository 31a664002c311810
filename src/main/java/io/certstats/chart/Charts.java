package io.certstats.chart;

import io.certstats.cost.CostService;
import io.certstats.cost.Currency;
import io.certstats.cost.PriceOptions;
import io.certstats.cost.ProgramExams;
import io.certstats.errors.ApiException;
import io.certstats.errors.ProblemType;
import io.certstats.program.Program;
import io.certstats.program.ProgramCatalog;
import io.certstats.program.ProgramYearView;
import io.certstats.rarity.RarityMatrix;
import io.certstats.rarity.RarityService;
import io.certstats.recertification.RecertificationService;
import io.certstats.recertification.RecertificationView;
import io.certstats.validation.YearParam;
import io.certstats.web.Paging;
import io.certstats.web.YearRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Draws each chart from the answer of the read it illustrates, through that read's own service, so a
 * chart never shows a figure the JSON does not: the program's years, the rarity matrix, the program
 * year's cost and the recertification plan. Prices are drawn in JPY without tax, the reads' defaults.
 */
@ApplicationScoped
public class Charts {

    private static final PriceOptions PRICES = new PriceOptions(Currency.JPY, false);

    @Inject RarityService rarities;
    @Inject CostService costs;
    @Inject RecertificationService plans;

    /** 404 problem for an unknown program. */
    public Chart counts(ChartParams params) {
        List<ProgramYearView> years = ProgramCatalog.years(program(params), new YearRange(null, null),
                new Paging(null, String.valueOf(Paging.MAX_SIZE))).items();
        return CountsChart.draw(years, params.labels(), params.widthValue());
    }

    /** 400 problem for an unknown program (as the matrix answers), 404 when the year has no published count. */
    public Chart rarity(ChartParams params, Integer year) {
        String program = program(params);
        RarityMatrix matrix = rarities.matrix(program, YearParam.FIRST, YearParam.LAST);
        List<ProgramYearView> counted = matrix.years();
        ProgramYearView drawn = (year == null ? counted.stream().reduce((a, b) -> b)
                : counted.stream().filter(y -> y.year() == year).findFirst())
                .orElseThrow(() -> new ApiException(ProblemType.NO_COUNT, year == null
                        ? "No count is published for any year of program '" + program + "'"
                        : "No count is published for program '" + program + "' in " + year
                                + "; GET /api/v1/programs/" + program + "/years shows the years that have one"));
        return RarityChart.draw(matrix, drawn, params.labels(), params.widthValue());
    }

    /** 404 problems as the cost read answers them; the year defaults to the latest with known criteria. */
    public Chart cost(ChartParams params, Integer year) {
        String program = program(params);
        Program found = ProgramCatalog.program(program);
        int drawn = year == null ? ProgramExams.latestYearWithCriteria(program) : year;
        return CostChart.draw(costs.ofYear(program, drawn, PRICES), found.name, params.labels(), params.widthValue());
    }

    /** 404 problems as the recertification read answers them. */
    public Chart recertification(ChartParams params, Integer year) {
        String program = program(params);
        Program found = ProgramCatalog.program(program);
        RecertificationView plan = plans.plan(program, year, PRICES);
        return RenewalChart.draw(plan, found.name, params.labels(), params.widthValue());
    }

    private static String program(ChartParams params) {
        return params.program() == null ? Program.DEFAULT_SLUG : params.program();
    }
}
