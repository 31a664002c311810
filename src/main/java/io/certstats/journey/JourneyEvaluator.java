package io.certstats.journey;

import io.certstats.cost.Currency;
import io.certstats.cost.Exam;
import io.certstats.cost.ExamPlan;
import io.certstats.cost.PlanView;
import io.certstats.cost.Price;
import io.certstats.cost.Pricer;
import io.certstats.cost.TotalsView;
import io.certstats.recertification.RenewalGraph;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Evaluates an exam history on a day, with no framework and no storage: it replays the attempts in
 * date order, pricing each on its day, spending and granting vouchers, and earning and renewing
 * certifications through the renewal graph.
 */
public record JourneyEvaluator(Pricer pricer, RenewalGraph graph, Map<String, CertificationInfo> certifications,
                               List<ProgramSet> programYears) {

    /** A certification's current holding: from the pass that earned it to the first day it is no longer held. */
    private record Holding(LocalDate earnedOn, LocalDate renewedOn, String renewedBy, LocalDate expiresOn) {

        boolean heldOn(LocalDate day) {
            return day.isBefore(expiresOn);
        }

        /** Renewed on {@code day} by a pass of {@code by}; an expiry is never moved earlier. */
        Holding renewed(LocalDate day, String by, LocalDate newExpiry) {
            return new Holding(earnedOn, day, by, newExpiry.isAfter(expiresOn) ? newExpiry : expiresOn);
        }
    }

    /** A voucher expires with the certification that granted it, as it stood when it was granted. */
    private record Voucher(String grantedBy, LocalDate grantedOn, LocalDate expiresOn) {

        /** Granted on an earlier day (not by a pass the same day), not expired. */
        boolean usableOn(LocalDate day) {
            return grantedOn.isBefore(day) && day.isBefore(expiresOn);
        }
    }

    public JourneyView evaluate(List<Attempt> attempts, LocalDate asOf, Currency currency) {
        Period validity = pricer.benefits().validity();
        Map<String, Holding> holdings = new TreeMap<>();
        List<Voucher> vouchers = new ArrayList<>();
        List<Price> prices = new ArrayList<>();
        List<JourneyView.AttemptCost> costs = new ArrayList<>();

        List<Attempt> inOrder = attempts.stream()
                .sorted(Comparator.comparing(Attempt::day).thenComparing(Attempt::index)).toList();
        for (Attempt attempt : inOrder) {
            LocalDate day = attempt.day();
            // The voucher closest to expiry first, so that none is wasted that could have been used.
            Optional<Voucher> voucher = vouchers.stream().filter(v -> v.usableOn(day))
                    .min(Comparator.comparing(Voucher::expiresOn));
            voucher.ifPresent(vouchers::remove); // used: equal vouchers are interchangeable
            Price price = pricer.price(attempt.level(), day, currency, voucher.isPresent(), true);
            prices.add(price);
            costs.add(cost(attempt, voucher.map(Voucher::grantedBy).orElse(null), price, currency));
            if (attempt.passed()) {
                LocalDate expires = day.plus(validity);
                vouchers.add(new Voucher(attempt.certification(), day, expires));
                pass(holdings, attempt.certification(), day, expires);
            }
        }

        List<String> held = holdings.entrySet().stream().filter(e -> e.getValue().heldOn(asOf))
                .map(Map.Entry::getKey).toList();
        return new JourneyView(asOf, currency, heldViews(holdings, asOf), expiredViews(holdings, asOf),
                vouchers.stream().filter(v -> asOf.isBefore(v.expiresOn()))
                        .map(v -> new JourneyView.Voucher(v.grantedBy(), v.grantedOn(), v.expiresOn())).toList(),
                programYears.stream().map(set -> status(set, holdings, asOf)).toList(),
                new JourneyView.Money(TotalsView.of(ExamPlan.Totals.of(prices), currency),
                        perCertification(prices, held.size(), currency), costs),
                deadlines(holdings, asOf), renewalPlan(held, asOf, currency), assumptions());
    }

    /** Passing earns (or renews) the certification, and renews every held one it covers through the graph. */
    private void pass(Map<String, Holding> holdings, String code, LocalDate day, LocalDate expires) {
        Holding own = holdings.get(code);
        holdings.put(code, own == null || !own.heldOn(day) ? new Holding(day, day, code, expires)
                : own.renewed(day, code, expires));
        for (String covered : graph.renewedBy(code)) {
            // Only a certification still held is renewed; an expired one must be earned again.
            holdings.computeIfPresent(covered, (c, other) -> other.heldOn(day) ? other.renewed(day, code, expires)
                    : other);
        }
    }

    private static JourneyView.AttemptCost cost(Attempt a, String voucherFrom, Price p, Currency c) {
        return new JourneyView.AttemptCost(a.index(), a.certification(), a.slug(), a.examCode(), a.level(),
                a.date(), a.day(), a.passed(), voucherFrom, c.toAmount(p.fee()), c.toAmount(p.discount()),
                c.toAmount(p.net()), p.taxPercent(), p.tax() == null ? null : c.toAmount(p.tax()),
                c.toAmount(p.total()));
    }

    private static BigDecimal perCertification(List<Price> prices, int held, Currency currency) {
        if (held == 0) {
            return null;
        }
        long total = prices.stream().mapToLong(Price::total).sum();
        long each = BigDecimal.valueOf(total).divide(BigDecimal.valueOf(held), 0, RoundingMode.HALF_UP).longValue();
        return currency.toAmount(each);
    }

    private List<JourneyView.Held> heldViews(Map<String, Holding> holdings, LocalDate asOf) {
        return holdings.entrySet().stream().filter(e -> e.getValue().heldOn(asOf))
                .sorted(Comparator.comparing((Map.Entry<String, Holding> e) -> e.getValue().expiresOn())
                        .thenComparing(Map.Entry::getKey))
                .map(e -> {
                    CertificationInfo info = certifications.get(e.getKey());
                    Holding h = e.getValue();
                    return new JourneyView.Held(e.getKey(), info.slug(), info.level(), h.earnedOn(), h.renewedOn(),
                            h.renewedBy(), h.expiresOn(), info.retiredOn(asOf));
                }).toList();
    }

    private List<JourneyView.Expired> expiredViews(Map<String, Holding> holdings, LocalDate asOf) {
        return holdings.entrySet().stream().filter(e -> !e.getValue().heldOn(asOf))
                .map(e -> new JourneyView.Expired(e.getKey(), certifications.get(e.getKey()).slug(),
                        e.getValue().expiresOn())).toList();
    }

    private static JourneyView.ProgramYearStatus status(ProgramSet set, Map<String, Holding> holdings, LocalDate asOf) {
        List<String> missing = set.certifications().stream().filter(c -> !holdings.containsKey(c)).toList();
        List<String> expired = set.certifications().stream()
                .filter(c -> holdings.containsKey(c) && !holdings.get(c).heldOn(asOf)).toList();
        return new JourneyView.ProgramYearStatus(set.program(), set.year(), missing.isEmpty() && expired.isEmpty(),
                missing, expired);
    }

    private List<JourneyView.Deadline> deadlines(Map<String, Holding> holdings, LocalDate asOf) {
        return heldViews(holdings, asOf).stream().map(h -> new JourneyView.Deadline(h.certification(), h.expiresOn(),
                h.retired(), Stream.concat(Stream.of(h.certification()), graph.renewersOf(h.certification()).stream())
                .filter(code -> certifications.containsKey(code) && !certifications.get(code).retiredOn(asOf))
                .toList())).toList();
    }

    /** Held certifications whose exam is retired cannot be renewed: they are left out of the plan. */
    private JourneyView.RenewalPlan renewalPlan(List<String> held, LocalDate asOf, Currency currency) {
        List<String> renewable = held.stream().filter(code -> !certifications.get(code).retiredOn(asOf)).toList();
        List<Exam> exams = graph.minimalRenewalSet(renewable).stream().map(certifications::get)
                .map(info -> new Exam(info.code(), info.slug(), info.level())).toList();
        return new JourneyView.RenewalPlan(asOf, exams.stream().map(Exam::code).toList(),
                PlanView.of(ExamPlan.atListPrice(exams, asOf, currency, true, pricer), currency),
                PlanView.of(ExamPlan.withVouchers(exams, asOf, currency, true, pricer), currency));
    }

    private List<String> assumptions() {
        int years = pricer.benefits().validity().getYears();
        return List.of(
                "Attempts are replayed in date order; an attempt given to the month is taken to be on the first "
                        + "day of that month.",
                "Each attempt is priced at the fee in force on its day; JPY fees carry Japan's consumption tax "
                        + "where a rate is recorded for the day (on the price after the voucher, fractions of a yen "
                        + "dropped); USD fees carry no tax.",
                "Each pass grants one voucher for " + pricer.benefits().voucherPercent() + " % off one later attempt "
                        + "(pass or fail), valid " + years + " years from that pass; the one closest to expiry is "
                        + "used first, on any attempt made on a later day while it is valid.",
                "A certification is held from its pass until " + years + " years later (expiresOn is the first "
                        + "day it is no longer held); passing it or one that renews it through recertification.csv, "
                        + "while it is held, moves its expiry to " + years + " years after that pass.",
                "The renewal plan is the smallest set of exams whose passing renews every held certification "
                        + "that can still be renewed, priced on asOf as the cost endpoint prices a set.");
    }
}
