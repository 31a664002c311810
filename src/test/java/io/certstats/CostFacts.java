package io.certstats;

import io.certstats.seed.SeedFile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts of the cost data files, read the simple way for the REST Assured tests, so that expected
 * amounts are computed from the data here rather than by the code under test.
 */
public final class CostFacts {

    private CostFacts() {
    }

    public static final String JAPAN = "jp-all-certifications-engineers";
    public static final String PROGRAM_NAME = "Japan All AWS Certifications Engineers";

    /**
     * Matches a JSON number equal to an amount: yen arrive as whole numbers (Integer) and dollars as
     * decimals (BigDecimal), so both are compared as decimals.
     */
    public static org.hamcrest.Matcher<Object> amount(BigDecimal expected) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number && new BigDecimal(actual.toString()).compareTo(expected) == 0;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("an amount of ").appendValue(expected);
            }
        };
    }

    /** The fee of a level in a currency on a day, as exam-fees.csv writes it. */
    public static BigDecimal fee(String level, String currency, LocalDate day) {
        return DataFiles.rows("exam-fees.csv", r -> r.required("level").equalsIgnoreCase(level)
                        && r.required("currency").equals(currency)
                        && (r.text("effective_from") == null || !day.isBefore(LocalDate.parse(r.text("effective_from"))))
                        && (r.text("effective_until") == null || !day.isAfter(LocalDate.parse(r.text("effective_until")))))
                .stream().map(r -> new BigDecimal(r.required("amount"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + currency + " fee for " + level + " on " + day));
    }

    public static int taxPercent(LocalDate day) {
        SeedFile.Row row = DataFiles.rows("consumption-tax.csv", r -> r.required("country").equals("JP")
                && !day.isBefore(LocalDate.parse(r.required("effective_from")))).get(0);
        return row.integer("rate_percent");
    }

    /** Japan's consumption tax on a yen price, fractions dropped. */
    public static BigDecimal tax(BigDecimal yen, LocalDate day) {
        return yen.multiply(BigDecimal.valueOf(taxPercent(day))).divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR);
    }

    public static int voucherPercent() {
        return Integer.parseInt(DataFiles.row("certification-benefits.csv", "benefit", "exam discount voucher")
                .required("value").replace("%", "").strip());
    }

    public static int validityYears() {
        return Integer.parseInt(DataFiles.row("certification-benefits.csv", "benefit", "validity")
                .required("value").replace("years", "").strip());
    }

    /** The price with a voucher, rounded half up to the currency's unit. */
    public static BigDecimal withVoucher(BigDecimal fee) {
        BigDecimal discount = fee.multiply(BigDecimal.valueOf(voucherPercent())).divide(BigDecimal.valueOf(100),
                fee.scale(), RoundingMode.HALF_UP);
        return fee.subtract(discount);
    }

    public static String level(String code) {
        return DataFiles.row("certifications.csv", "id", code).required("level").toUpperCase(Locale.ROOT);
    }

    public static String slug(String code) {
        return DataFiles.row("certifications.csv", "id", code).required("slug");
    }

    public static List<String> criteria(int year) {
        return DataFiles.rows("program-criteria.csv", r -> r.integer("year") == year).stream()
                .map(r -> r.required("certification_id")).sorted().toList();
    }

    public static int latestCriteriaYear() {
        return DataFiles.rows("program-criteria.csv").stream().mapToInt(r -> r.integer("year")).max().orElseThrow();
    }

    /** Every certification that passing {@code code} renews, following recertification.csv. */
    public static Set<String> renewedBy(String code) {
        Set<String> reached = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(code));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            DataFiles.rows("recertification.csv", r -> r.required("renewing").equals(next))
                    .forEach(r -> {
                        if (reached.add(r.required("also_renews"))) {
                            todo.add(r.required("also_renews"));
                        }
                    });
        }
        return reached;
    }

    /** The set's certifications that no other one of the set renews. */
    public static List<String> renewalExams(List<String> set) {
        Set<String> renewed = new TreeSet<>();
        set.forEach(c -> renewed.addAll(renewedBy(c)));
        return set.stream().filter(c -> !renewed.contains(c)).toList();
    }

    /** Total of a set at list price on a day. */
    public static BigDecimal listTotal(List<String> codes, String currency, LocalDate day) {
        return codes.stream().map(c -> fee(level(c), currency, day)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Total of a set with vouchers: the cheapest fee in full, every other one with a voucher. */
    public static BigDecimal voucherTotal(List<String> codes, String currency, LocalDate day) {
        List<BigDecimal> fees = codes.stream().map(c -> fee(level(c), currency, day)).sorted().toList();
        BigDecimal total = fees.isEmpty() ? BigDecimal.ZERO : fees.get(0);
        for (BigDecimal fee : fees.subList(Math.min(1, fees.size()), fees.size())) {
            total = total.add(withVoucher(fee));
        }
        return total;
    }

    /** The same with Japan's tax on each exam's price. */
    public static BigDecimal voucherTotalWithTax(List<String> codes, LocalDate day) {
        List<BigDecimal> fees = codes.stream().map(c -> fee(level(c), "JPY", day)).sorted().toList();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < fees.size(); i++) {
            BigDecimal paid = i == 0 ? fees.get(i) : withVoucher(fees.get(i));
            total = total.add(paid).add(tax(paid, day));
        }
        return total;
    }

    public static BigDecimal listTotalWithTax(List<String> codes, LocalDate day) {
        return codes.stream().map(c -> fee(level(c), "JPY", day)).map(f -> f.add(tax(f, day)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
