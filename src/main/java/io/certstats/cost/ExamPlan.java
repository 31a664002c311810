package io.certstats.cost;

import io.certstats.certification.Level;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What it costs to pass a set of exams, each once, at the prices in force on one day: either every
 * exam at list price, or the cheapest path with the vouchers each pass grants.
 */
public record ExamPlan(List<Line> exams) {

    /** One exam of the plan; {@code voucherFrom} is the certification whose voucher paid part of it. */
    public record Line(int order, Exam exam, String voucherFrom, Price price) {
    }

    /** Sums in minor units; {@code tax} counts only taxes that were charged. */
    public record Totals(int exams, long fees, long discounts, long net, long tax, long total) {

        public static Totals of(List<Price> prices) {
            return new Totals(prices.size(), prices.stream().mapToLong(Price::fee).sum(),
                    prices.stream().mapToLong(Price::discount).sum(), prices.stream().mapToLong(Price::net).sum(),
                    prices.stream().mapToLong(p -> p.tax() == null ? 0 : p.tax()).sum(),
                    prices.stream().mapToLong(Price::total).sum());
        }
    }

    /** Every exam at its full fee, in the order given. */
    public static ExamPlan atListPrice(List<Exam> exams, LocalDate day, Currency currency, boolean tax,
                                       Pricer pricer) {
        List<Line> lines = new ArrayList<>();
        for (Exam exam : exams) {
            lines.add(new Line(lines.size() + 1, exam, null, pricer.price(exam.level(), day, currency, false, tax)));
        }
        return new ExamPlan(lines);
    }

    /**
     * The cheapest order with vouchers, assuming no failed attempt and every voucher used on the next
     * exam, before it expires: the cheapest exam is paid in full and each later one with the voucher of
     * the pass before it. Paying the cheapest in full is cheapest because every other exam then gets
     * the discount, and a discount is larger on a dearer exam.
     */
    public static ExamPlan withVouchers(List<Exam> exams, LocalDate day, Currency currency, boolean tax,
                                        Pricer pricer) {
        List<Exam> ordered = exams.stream()
                .sorted(Comparator.comparingLong((Exam e) -> pricer.price(e.level(), day, currency, false, false).fee())
                        .thenComparing(Exam::level).thenComparing(Exam::code))
                .toList();
        List<Line> lines = new ArrayList<>();
        Exam previous = null;
        for (Exam exam : ordered) {
            boolean voucher = previous != null;
            lines.add(new Line(lines.size() + 1, exam, voucher ? previous.code() : null,
                    pricer.price(exam.level(), day, currency, voucher, tax)));
            previous = exam;
        }
        return new ExamPlan(lines);
    }

    public Totals totals() {
        return Totals.of(exams.stream().map(Line::price).toList());
    }

    /** Totals for each level that has an exam in the plan, from Foundational to Specialty. */
    public Map<Level, Totals> byLevel() {
        return exams.stream().collect(Collectors.groupingBy(l -> l.exam().level(), () -> new EnumMap<>(Level.class),
                Collectors.collectingAndThen(Collectors.mapping(Line::price, Collectors.toList()), Totals::of)));
    }
}
