package io.certstats.cost;

import io.certstats.provenance.Citation;
import io.certstats.provenance.SourceLink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the pure pricing objects from the database, with the sources of the facts they use. */
public final class PricingData {

    /** The country whose consumption tax applies to JPY fees. */
    static final String JAPAN = "JP";

    private PricingData() {
    }

    public static Pricer pricer() {
        FeeSchedule fees = new FeeSchedule(ExamFee.all().stream().map(f -> new FeeSchedule.Fee(f.level, f.currency,
                f.currency.toMinor(f.amount), f.effectiveFrom, f.effectiveUntil)).toList());
        TaxSchedule tax = new TaxSchedule(ConsumptionTax.ofCountry(JAPAN).stream()
                .map(t -> new TaxSchedule.Rate(t.ratePercent, t.effectiveFrom, t.effectiveUntil)).toList());
        return new Pricer(fees, tax, benefits());
    }

    public static Benefits benefits() {
        Map<String, CertificationBenefit> byName = CertificationBenefit.all().stream()
                .collect(Collectors.toMap(b -> b.benefit, Function.identity()));
        return Benefits.parse(value(byName, CertificationBenefit.VALIDITY), value(byName, CertificationBenefit.VOUCHER));
    }

    private static String value(Map<String, CertificationBenefit> byName, String benefit) {
        CertificationBenefit found = byName.get(benefit);
        if (found == null) {
            throw new IllegalStateException("certification-benefits.csv has no row '" + benefit + "'");
        }
        return found.value;
    }

    /** The sources of the fees in a currency, of the benefits, and of the tax when it is charged. */
    public static List<SourceLink> sources(Currency currency, boolean tax) {
        List<Citation> citations = new ArrayList<>();
        ExamFee.all().stream().filter(f -> f.currency == currency).forEach(f -> citations.addAll(f.sources));
        CertificationBenefit.all().forEach(b -> citations.addAll(b.sources));
        if (tax && currency == Currency.JPY) {
            ConsumptionTax.ofCountry(JAPAN).forEach(t -> citations.addAll(t.sources));
        }
        return Citation.links(citations).stream().distinct().toList();
    }
}
