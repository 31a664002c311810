package io.certstats.cost;

import io.certstats.CostFacts;
import io.certstats.DataFileModels;
import io.certstats.certification.Level;
import io.certstats.errors.ApiException;
import io.certstats.provenance.SourceLink;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A program year's cost computed from the data files with no database or HTTP; expected sums from {@link CostFacts}. */
class ProgramCostTest {

    private static final Pricer PRICER = DataFileModels.pricer();
    private static final int YEAR = CostFacts.latestCriteriaYear();
    private static final LocalDate DAY = LocalDate.of(YEAR, 1, 1);
    private static final List<String> SET = CostFacts.criteria(YEAR);

    private static CostView cost(Currency currency, boolean tax, List<SourceLink> sources) {
        return CostView.of(CostFacts.JAPAN, YEAR, DataFileModels.exams(SET), new PriceOptions(currency, tax), PRICER,
                sources);
    }

    @Test
    void jpyWithTaxAtTheYearsFirstDay() {
        CostView view = cost(Currency.JPY, true, List.of());
        assertEquals(DAY, view.priced().pricesOn());
        assertEquals(SET, view.listPrice().exams().stream().map(l -> l.exam().code()).toList());
        assertEquals(0, CostFacts.listTotalWithTax(SET, DAY).compareTo(view.listPrice().totals().total()));
        assertEquals(0, CostFacts.voucherTotal(SET, "JPY", DAY).compareTo(view.withVouchers().totals().net()));
        assertEquals(0, CostFacts.voucherTotalWithTax(SET, DAY).compareTo(view.withVouchers().totals().total()));
        assertEquals(0, CostFacts.listTotalWithTax(SET, DAY).subtract(CostFacts.voucherTotalWithTax(SET, DAY))
                .compareTo(view.savedByVouchers()));
    }

    @Test
    void usdHasNoTax() {
        CostView view = cost(Currency.USD, false, List.of());
        assertEquals(0, CostFacts.listTotal(SET, "USD", DAY).compareTo(view.listPrice().totals().total()));
        assertEquals(0, CostFacts.voucherTotal(SET, "USD", DAY).compareTo(view.withVouchers().totals().total()));
        view.withVouchers().exams().forEach(line -> assertNull(line.tax()));
    }

    @Test
    void taxAskedForADayBeforeTheFirstRecordedRateIsSaidToBeMissing() {
        LocalDate firstRate = LocalDate.parse(io.certstats.DataFiles.rows("consumption-tax.csv").stream()
                .map(r -> r.required("effective_from")).sorted().findFirst().orElseThrow());
        int year = firstRate.getYear() - (firstRate.getDayOfYear() == 1 ? 1 : 0);
        CostView view = CostView.of(CostFacts.JAPAN, year, DataFileModels.exams(List.of("SAA")),
                new PriceOptions(Currency.JPY, true), PRICER, List.of());
        assertTrue(view.assumptions().contains("consumption-tax.csv records no rate for " + view.priced().pricesOn()
                + ": no tax is included."), view.assumptions().toString());
        assertEquals(0, CostFacts.fee("ASSOCIATE", "JPY", view.priced().pricesOn()).compareTo(view.listPrice().totals().total()));
    }

    @Test
    void servesTheSourcesItIsGiven() {
        List<SourceLink> sources = SourceLink.parseAll("https://example.org/fees");
        assertEquals(sources, cost(Currency.JPY, false, sources).sources());
    }

    @Test
    void aDayWithoutAKnownFeeIsA404Problem() {
        ApiException e = assertThrows(ApiException.class, () -> CostView.of(CostFacts.JAPAN, 2025,
                List.of(new Exam("X", "x", Level.SPECIALTY)), new PriceOptions(Currency.JPY, false),
                PricingFixtures.pricer(), List.of()));
        assertEquals(io.certstats.errors.ProblemType.NO_FEE, e.type());
    }
}
