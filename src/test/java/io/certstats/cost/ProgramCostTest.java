package io.certstats.cost;

import io.certstats.CostFacts;
import io.certstats.DataFileModels;
import io.certstats.certification.Level;
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

    private static CostView cost(int year, Currency currency, boolean tax) {
        return ProgramCost.of(CostFacts.JAPAN, year, DataFileModels.exams(CostFacts.criteria(year)),
                new PriceOptions(currency, tax), PRICER, List.of());
    }

    @Test
    void jpyWithTaxAtTheYearsFirstDay() {
        int year = CostFacts.latestCriteriaYear();
        LocalDate day = LocalDate.of(year, 1, 1);
        List<String> set = CostFacts.criteria(year);
        CostView view = cost(year, Currency.JPY, true);
        assertEquals(day, view.pricesOn());
        assertEquals(set, view.listPrice().exams().stream().map(PlanView.ExamLine::certification).toList());
        assertEquals(0, CostFacts.listTotalWithTax(set, day).compareTo(view.listPrice().totals().total()));
        assertEquals(0, CostFacts.voucherTotal(set, "JPY", day).compareTo(view.withVouchers().totals().net()));
        assertEquals(0, CostFacts.voucherTotalWithTax(set, day).compareTo(view.withVouchers().totals().total()));
        assertEquals(0, CostFacts.listTotalWithTax(set, day).subtract(CostFacts.voucherTotalWithTax(set, day))
                .compareTo(view.savedByVouchers()));
    }

    @Test
    void usdHasNoTax() {
        int year = CostFacts.latestCriteriaYear();
        LocalDate day = LocalDate.of(year, 1, 1);
        List<String> set = CostFacts.criteria(year);
        CostView view = cost(year, Currency.USD, false);
        assertEquals(0, CostFacts.listTotal(set, "USD", day).compareTo(view.listPrice().totals().total()));
        assertEquals(0, CostFacts.voucherTotal(set, "USD", day).compareTo(view.withVouchers().totals().total()));
        view.withVouchers().exams().forEach(line -> assertNull(line.tax()));
    }

    @Test
    void taxAskedForADayBeforeTheFirstRecordedRateIsSaidToBeMissing() {
        LocalDate firstRate = LocalDate.parse(io.certstats.DataFiles.rows("consumption-tax.csv").stream()
                .map(r -> r.required("effective_from")).sorted().findFirst().orElseThrow());
        int year = firstRate.getYear() - (firstRate.getDayOfYear() == 1 ? 1 : 0);
        CostView view = ProgramCost.of(CostFacts.JAPAN, year, DataFileModels.exams(List.of("SAA")),
                new PriceOptions(Currency.JPY, true), PRICER, List.of());
        assertTrue(view.assumptions().contains("consumption-tax.csv records no rate for " + view.pricesOn()
                + ": no tax is included."), view.assumptions().toString());
        assertEquals(0, CostFacts.fee("ASSOCIATE", "JPY", view.pricesOn()).compareTo(view.listPrice().totals().total()));
    }

    @Test
    void servesTheSourcesItIsGiven() {
        List<SourceLink> sources = SourceLink.parseAll("https://example.org/fees");
        int year = CostFacts.latestCriteriaYear();
        assertEquals(sources, ProgramCost.of(CostFacts.JAPAN, year, DataFileModels.exams(CostFacts.criteria(year)),
                new PriceOptions(Currency.JPY, false), PRICER, sources).sources());
    }

    @Test
    void aDayWithoutAKnownFeeIsA404Problem() {
        UnknownFeeException e = assertThrows(UnknownFeeException.class, () -> ProgramCost.of(CostFacts.JAPAN, 2025,
                List.of(new Exam("X", "x", Level.SPECIALTY)), new PriceOptions(Currency.JPY, false),
                PricingFixtures.pricer(), List.of()));
        assertEquals(404, e.status());
        assertEquals("no-fee", e.type());
    }
}
