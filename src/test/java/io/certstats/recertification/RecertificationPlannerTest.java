package io.certstats.recertification;

import io.certstats.CostFacts;
import io.certstats.DataFileModels;
import io.certstats.DataFiles;
import io.certstats.certification.Certification;
import io.certstats.certification.Status;
import io.certstats.cost.Currency;
import io.certstats.cost.PriceOptions;
import io.certstats.provenance.SourceLink;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The renewal plan computed from the data files with no database or HTTP; expected values from {@link CostFacts}. */
class RecertificationPlannerTest {

    private static final int YEAR = CostFacts.latestCriteriaYear();
    private static final List<String> SET = CostFacts.criteria(YEAR);
    private static final Map<String, Certification> CERTIFICATIONS = DataFileModels.certificationsByCode();

    private static RecertificationView plan(Currency currency, boolean tax) {
        return RecertificationPlanner.plan(CostFacts.JAPAN, YEAR, DataFileModels.exams(SET),
                new PriceOptions(currency, tax), DataFileModels.pricer(), DataFileModels.recertifications(),
                CERTIFICATIONS, List.of());
    }

    @Test
    void renewsTheWholeSetWithTheExamsNoOtherOneRenews() {
        List<String> renewal = CostFacts.renewalExams(SET);
        RecertificationView view = plan(Currency.JPY, false);
        assertEquals(renewal, view.renewalExams());
        assertEquals(CostFacts.validityYears(), view.cycleYears());
        assertEquals(SET, view.certifications().stream().map(c -> c.exam().code()).toList());
        for (RecertificationView.Covered covered : view.certifications()) {
            assertEquals(renewal.stream().filter(r -> r.equals(covered.exam().code())
                    || CostFacts.renewedBy(r).contains(covered.exam().code())).toList(), covered.renewedBy());
        }
    }

    @Test
    void pricesTheRenewalExamsOnTheYearsFirstDay() {
        LocalDate day = LocalDate.of(YEAR, 1, 1);
        List<String> renewal = CostFacts.renewalExams(SET);
        RecertificationView jpy = plan(Currency.JPY, true);
        assertEquals(day, jpy.priced().pricesOn());
        assertEquals(0, CostFacts.listTotalWithTax(renewal, day).compareTo(jpy.listPrice().totals().total()));
        assertEquals(0, CostFacts.voucherTotalWithTax(renewal, day).compareTo(jpy.withVouchers().totals().total()));
        RecertificationView usd = plan(Currency.USD, false);
        assertEquals(0, CostFacts.voucherTotal(renewal, "USD", day).compareTo(usd.withVouchers().totals().total()));
    }

    @Test
    void saysWhichRenewalExamsAreRetired() {
        List<String> assumptions = plan(Currency.JPY, false).assumptions();
        for (String code : CostFacts.renewalExams(SET)) {
            boolean retired = CERTIFICATIONS.get(code).status == Status.RETIRED;
            assertEquals(retired ? 1 : 0, assumptions.stream().filter(a -> a.startsWith(code + " is retired")).count());
        }
    }

    @Test
    void drawsTheGraphOfEveryRowAndEveryCertificationItNames() {
        var rows = DataFiles.rows("recertification.csv");
        RecertificationView.Graph graph = plan(Currency.JPY, false).graph();
        assertEquals(rows.size(), graph.edges().size());
        List<String> inSet = graph.nodes().stream().filter(RecertificationView.Node::inSet)
                .map(RecertificationView.Node::certification).sorted().toList();
        assertEquals(SET.stream().sorted().toList(), inSet);
        assertEquals(CostFacts.renewalExams(SET).stream().sorted().toList(), graph.nodes().stream()
                .filter(RecertificationView.Node::renewalExam).map(RecertificationView.Node::certification).toList());
        rows.forEach(r -> assertTrue(graph.nodes().stream().anyMatch(n -> n.certification().equals(r.required("renewing")))));
    }

    @Test
    void citesTheRenewalRowsThenThePricingSources() {
        List<SourceLink> pricing = SourceLink.parseAll("https://example.org/fees");
        RecertificationView view = RecertificationPlanner.plan(CostFacts.JAPAN, YEAR, DataFileModels.exams(SET),
                new PriceOptions(Currency.JPY, false), DataFileModels.pricer(), DataFileModels.recertifications(),
                CERTIFICATIONS, pricing);
        List<SourceLink> expected = java.util.stream.Stream.concat(DataFiles.rows("recertification.csv").stream()
                .flatMap(r -> SourceLink.parseAll(r.text("source_urls")).stream()), pricing.stream()).distinct().toList();
        assertEquals(expected.stream().map(SourceLink::url).sorted().toList(),
                view.sources().stream().map(SourceLink::url).sorted().toList());
        assertEquals(pricing.get(0), view.sources().get(view.sources().size() - 1));
    }
}
