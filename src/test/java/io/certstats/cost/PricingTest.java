package io.certstats.cost;

import io.certstats.certification.Level;
import io.certstats.errors.ApiException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fees, vouchers and tax on single exams and on plans, against cases worked by hand. */
class PricingTest {

    private final Pricer pricer = PricingFixtures.pricer();
    private static final Exam CLF = new Exam("CLF", "cloud-practitioner", Level.FOUNDATIONAL);
    private static final Exam SAA = new Exam("SAA", "solutions-architect-associate", Level.ASSOCIATE);
    private static final Exam SAP = new Exam("SAP", "solutions-architect-professional", Level.PROFESSIONAL);

    @Test
    void feeInForceOnTheDay() {
        // 2024-03-31 is the last day of the old JPY price; 2024-04-01 the first of the new.
        assertEquals(15_000, pricer.price(Level.ASSOCIATE, LocalDate.of(2024, 3, 31), Currency.JPY, false, false).fee());
        assertEquals(20_000, pricer.price(Level.ASSOCIATE, LocalDate.of(2024, 4, 1), Currency.JPY, false, false).fee());
    }

    @Test
    void voucherHalvesTheFeeAndTaxIsOnWhatIsPaid() {
        // 20,000 yen with a 50 % voucher: 10,000 net, 10 % tax 1,000, 11,000 paid.
        Price price = pricer.price(Level.ASSOCIATE, LocalDate.of(2025, 1, 1), Currency.JPY, true, true);
        assertEquals(new Price(20_000, 10_000, 10_000, 10, 1_000L), price);
        assertEquals(11_000, price.total());
    }

    @Test
    void usdHasCentsAndNoTax() {
        // 150.00 USD with a voucher: 75.00, whatever tax=true says.
        Price price = pricer.price(Level.ASSOCIATE, LocalDate.of(2025, 1, 1), Currency.USD, true, true);
        assertEquals(new Price(15_000, 7_500, 7_500, null, null), price);
        assertEquals(new BigDecimal("75.00"), Currency.USD.toAmount(price.total()));
    }

    @Test
    void noTaxBeforeTheFirstRecordedRate() {
        Price price = pricer.price(Level.ASSOCIATE, LocalDate.of(2019, 9, 30), Currency.JPY, false, true);
        assertNull(price.tax());
        assertEquals(15_000, price.total());
    }

    @Test
    void taxDropsFractionsOfAYen() {
        assertEquals(1_234, TaxSchedule.taxOn(12_345, 10)); // 1,234.5 yen
        assertEquals(987, TaxSchedule.taxOn(12_345, 8));    // 987.6 yen
    }

    @Test
    void voucherDiscountRoundsHalfUp() {
        Benefits benefits = new Benefits(Period.ofYears(3), 50);
        assertEquals(5_001, benefits.discountOn(10_001)); // 5,000.5 rounds up
        assertEquals(7_500, benefits.discountOn(15_000));
    }

    @Test
    void benefitsAreReadAsTheDataFileWritesThem() {
        assertEquals(new Benefits(Period.ofYears(3), 50), Benefits.parse("3 years", "50 %"));
        assertThrows(IllegalStateException.class, () -> Benefits.parse("three years", "50 %"));
    }

    @Test
    void listPricePlanSumsEveryFee() {
        ExamPlan plan = ExamPlan.atListPrice(List.of(SAP, CLF, SAA), LocalDate.of(2025, 1, 1), Currency.JPY,
                true, pricer);
        // 40,000 + 15,000 + 20,000 = 75,000; tax 7,500.
        assertEquals(new ExamPlan.Totals(3, 75_000, 0, 75_000, 7_500, 82_500), plan.totals());
    }

    @Test
    void voucherPlanPaysTheCheapestInFullAndChainsVouchers() {
        ExamPlan plan = ExamPlan.withVouchers(List.of(SAP, CLF, SAA), LocalDate.of(2025, 1, 1), Currency.JPY,
                false, pricer);
        // CLF 15,000 in full; SAA 20,000 - 10,000 with CLF's voucher; SAP 40,000 - 20,000 with SAA's.
        assertEquals(List.of("CLF", "SAA", "SAP"), plan.exams().stream().map(l -> l.exam().code()).toList());
        assertEquals(java.util.Arrays.asList(null, "CLF", "SAA"),
                plan.exams().stream().map(ExamPlan.Line::voucherFrom).toList());
        assertEquals(new ExamPlan.Totals(3, 75_000, 30_000, 45_000, 0, 45_000), plan.totals());
        assertEquals(new ExamPlan.Totals(1, 40_000, 20_000, 20_000, 0, 20_000), plan.byLevel().get(Level.PROFESSIONAL));
    }

    @Test
    void emptyPlanCostsNothing() {
        ExamPlan plan = ExamPlan.withVouchers(List.of(), LocalDate.of(2025, 1, 1), Currency.JPY, true, pricer);
        assertEquals(new ExamPlan.Totals(0, 0, 0, 0, 0, 0), plan.totals());
        assertTrue(plan.byLevel().isEmpty());
    }

    @Test
    void unknownFeeIsReportedNotGuessed() {
        assertThrows(ApiException.class, () -> ExamPlan.atListPrice(
                List.of(new Exam("ANS", "advanced-networking-specialty", Level.SPECIALTY)),
                LocalDate.of(2025, 1, 1), Currency.JPY, false, pricer));
    }
}
