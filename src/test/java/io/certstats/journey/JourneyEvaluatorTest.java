package io.certstats.journey;

import io.certstats.certification.Level;
import io.certstats.cost.Currency;
import io.certstats.cost.PricingFixtures;
import io.certstats.provenance.PartialDate;
import io.certstats.recertification.RenewalGraph;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-worked histories over {@link PricingFixtures}: JPY Foundational 11,000 / Associate 15,000 /
 * Professional 30,000 until 2024-03-31, then 15,000 / 20,000 / 40,000; 10 % tax; 50 % vouchers;
 * 3 years' validity. SAP renews SAA, which renews CLF; RET is an Associate whose last exam day was
 * 2024-04-08.
 */
class JourneyEvaluatorTest {

    private static final Map<String, CertificationInfo> CERTIFICATIONS = Map.of(
            "CLF", new CertificationInfo("CLF", "cloud-practitioner", Level.FOUNDATIONAL, null),
            "SAA", new CertificationInfo("SAA", "solutions-architect-associate", Level.ASSOCIATE, null),
            "SAP", new CertificationInfo("SAP", "solutions-architect-professional", Level.PROFESSIONAL, null),
            "RET", new CertificationInfo("RET", "retired-associate", Level.ASSOCIATE,
                    PartialDate.parse("2024-04-08")));

    private final JourneyEvaluator evaluator = new JourneyEvaluator(PricingFixtures.pricer(),
            new RenewalGraph(List.of(new RenewalGraph.Edge("SAP", "SAA"), new RenewalGraph.Edge("SAA", "CLF"))),
            CERTIFICATIONS, List.of(new ProgramSet("p", 2025, List.of("CLF", "SAA", "SAP"))));

    private final List<Attempt> history = new ArrayList<>();

    private JourneyEvaluatorTest attempt(String code, String date, boolean passed) {
        CertificationInfo info = CERTIFICATIONS.get(code);
        history.add(new Attempt(history.size(), code, info.slug(), info.level(), null, date, PartialDate.parse(date),
                passed));
        return this;
    }

    private JourneyView on(String asOf) {
        return evaluator.evaluate(history, LocalDate.parse(asOf), Currency.JPY);
    }

    private static BigDecimal yen(long amount) {
        return BigDecimal.valueOf(amount);
    }

    private static List<String> held(JourneyView view) {
        return view.held().stream().map(JourneyView.Held::certification).toList();
    }

    @Test
    void emptyHistory() {
        JourneyView view = on("2025-06-30");
        assertEquals(List.of(), view.held());
        assertEquals(List.of(), view.expired());
        assertEquals(yen(0), view.money().totals().total());
        assertNull(view.money().perCertificationHeld());
        assertEquals(List.of(new JourneyView.ProgramYearStatus("p", 2025, false, List.of("CLF", "SAA", "SAP"),
                List.of())), view.programYears());
        assertEquals(List.of(), view.renewalPlan().exams());
        assertEquals(yen(0), view.renewalPlan().withVouchers().totals().total());
    }

    @Test
    void onePass() {
        JourneyView view = attempt("CLF", "2025-01-10", true).on("2025-06-30");
        // 15,000 + 10 % = 16,500, the only certification held.
        JourneyView.AttemptCost cost = view.money().attempts().get(0);
        assertEquals(yen(15_000), cost.fee());
        assertEquals(yen(1_500), cost.tax());
        assertEquals(yen(16_500), cost.total());
        assertNull(cost.voucherFrom());
        assertEquals(yen(16_500), view.money().perCertificationHeld());
        assertEquals(new JourneyView.Held("CLF", "cloud-practitioner", Level.FOUNDATIONAL, LocalDate.of(2025, 1, 10),
                LocalDate.of(2025, 1, 10), "CLF", LocalDate.of(2028, 1, 10), false), view.held().get(0));
        assertEquals(List.of(new JourneyView.Voucher("CLF", LocalDate.of(2025, 1, 10), LocalDate.of(2028, 1, 10))),
                view.unusedVouchers());
        assertEquals(List.of("CLF"), view.renewalPlan().exams());
    }

    @Test
    void aFailedAttemptGrantsNoVoucher() {
        JourneyView view = attempt("SAA", "2025-02-01", false).attempt("SAA", "2025-03-01", true).on("2025-06-30");
        // Two full fees of 20,000 + 2,000: the failure granted nothing to spend on the retake.
        assertEquals(Arrays.asList(null, null),
                view.money().attempts().stream().map(JourneyView.AttemptCost::voucherFrom).toList());
        assertEquals(yen(44_000), view.money().totals().total());
        assertEquals(List.of("SAA"), held(view));
        assertEquals(1, view.unusedVouchers().size());
    }

    @Test
    void aVoucherIsUsableUntilTheDayBeforeItExpires() {
        // CLF on 2020-01-10 (11,000 + 1,100): its voucher and the certification end on 2023-01-10.
        JourneyView dayBefore = attempt("CLF", "2020-01-10", true).attempt("SAA", "2023-01-09", true)
                .on("2023-06-30");
        assertEquals("CLF", dayBefore.money().attempts().get(1).voucherFrom());
        assertEquals(yen(7_500 + 750), dayBefore.money().attempts().get(1).total());
    }

    @Test
    void aVoucherThatExpiresBeforeItCanBeUsed() {
        JourneyView view = attempt("CLF", "2020-01-10", true).attempt("SAA", "2023-01-10", true).on("2023-06-30");
        JourneyView.AttemptCost saa = view.money().attempts().get(1);
        assertNull(saa.voucherFrom());
        assertEquals(yen(15_000 + 1_500), saa.total());
        assertEquals(yen(12_100 + 16_500), view.money().totals().total());
        // CLF had expired that very day, so SAA's pass did not renew it.
        assertEquals(List.of("SAA"), held(view));
        assertEquals(List.of(new JourneyView.Expired("CLF", "cloud-practitioner", LocalDate.of(2023, 1, 10))),
                view.expired());
    }

    @Test
    void aPriceChangeBetweenTwoAttempts() {
        JourneyView view = attempt("SAA", "2024-03-20", false).attempt("SAA", "2024-04-02", true).on("2024-06-30");
        assertEquals(List.of(yen(15_000), yen(20_000)),
                view.money().attempts().stream().map(JourneyView.AttemptCost::fee).toList());
        assertEquals(yen(16_500 + 22_000), view.money().totals().total());
    }

    @Test
    void monthPrecisionDatesArePricedAndCountedFromTheFirstDay() {
        JourneyView view = attempt("SAA", "2024-04", true).attempt("CLF", "2024-03", true).on("2024-06-30");
        // CLF in March (old price 11,000) comes first; SAA on 2024-04-01 (new 20,000) uses its voucher.
        JourneyView.AttemptCost clf = view.money().attempts().get(0);
        JourneyView.AttemptCost saa = view.money().attempts().get(1);
        assertEquals(1, clf.attempt());
        assertEquals("2024-03", clf.date());
        assertEquals(LocalDate.of(2024, 3, 1), clf.pricedOn());
        assertEquals(yen(12_100), clf.total());
        assertEquals("CLF", saa.voucherFrom());
        assertEquals(yen(11_000), saa.total());
        // SAA's pass renews CLF: both end on 2027-04-01.
        assertEquals(List.of(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 1)),
                view.held().stream().map(JourneyView.Held::expiresOn).toList());
    }

    @Test
    void aProfessionalRenewsItsAssociateAndFoundational() {
        JourneyView view = attempt("CLF", "2023-01-10", true).attempt("SAA", "2023-06-01", true)
                .attempt("SAP", "2025-05-01", true).on("2025-06-30");
        LocalDate renewedUntil = LocalDate.of(2028, 5, 1);
        view.held().forEach(h -> {
            assertEquals(renewedUntil, h.expiresOn(), h.certification());
            assertEquals("SAP", h.renewedBy(), h.certification());
        });
        assertEquals(LocalDate.of(2023, 1, 10), view.held().stream()
                .filter(h -> h.certification().equals("CLF")).findFirst().orElseThrow().earnedOn());
        assertTrue(view.programYears().get(0).met());
        assertEquals(List.of("SAP"), view.renewalPlan().exams());
        // Renewing the set is one Professional exam at 40,000 + 4,000.
        assertEquals(yen(44_000), view.renewalPlan().listPrice().totals().total());
        // Money: CLF 11,000 + 1,100; SAA with CLF's voucher 7,500 + 750; SAP 2025 with SAA's 20,000 + 2,000.
        assertEquals(yen(12_100 + 8_250 + 22_000), view.money().totals().total());
        assertEquals(yen(14_117), view.money().perCertificationHeld()); // 42,350 / 3 = 14,116.67
    }

    @Test
    void anExpiredSet() {
        JourneyView view = attempt("CLF", "2023-01-10", true).attempt("SAA", "2023-06-01", true)
                .attempt("SAP", "2025-05-01", true).on("2028-05-01");
        assertEquals(List.of(), view.held());
        assertEquals(List.of("CLF", "SAA", "SAP"),
                view.expired().stream().map(JourneyView.Expired::certification).toList());
        JourneyView.ProgramYearStatus year = view.programYears().get(0);
        assertFalse(year.met());
        assertEquals(List.of(), year.missing());
        assertEquals(List.of("CLF", "SAA", "SAP"), year.expired());
        assertNull(view.money().perCertificationHeld());
    }

    @Test
    void aRetiredCertificationIsHeldUntilItExpiresButNotRenewed() {
        attempt("RET", "2024-01-15", true).attempt("CLF", "2024-02-01", true);
        JourneyView view = on("2025-06-30");
        JourneyView.Held retired = view.held().stream().filter(h -> h.certification().equals("RET")).findFirst()
                .orElseThrow();
        assertTrue(retired.retired());
        assertEquals(LocalDate.of(2027, 1, 15), retired.expiresOn());
        assertEquals(List.of("CLF"), view.renewalPlan().exams());
        JourneyView.Deadline deadline = view.nextDeadlines().get(0);
        assertEquals("RET", deadline.certification());
        assertEquals(List.of(), deadline.renewedByPassing());
        assertEquals(List.of("CLF"), held(on("2027-01-15")));
    }

    @Test
    void usdAmountsHaveCentsAndNoTax() {
        attempt("CLF", "2025-01-10", true).attempt("SAA", "2025-02-10", true);
        JourneyView view = evaluator.evaluate(history, LocalDate.of(2025, 6, 30), Currency.USD);
        assertEquals(new BigDecimal("175.00"), view.money().totals().total()); // 100.00 + 150.00 / 2
        assertNull(view.money().attempts().get(1).tax());
        assertEquals(new BigDecimal("87.50"), view.money().perCertificationHeld());
    }
}
