package io.certstats.cost;

import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What passing an exam brings, as certification-benefits.csv states it: the certification's validity
 * ("3 years") and a voucher for a percentage off one later exam ("50 %").
 */
public record Benefits(Period validity, int voucherPercent) {

    private static final Pattern YEARS = Pattern.compile("(\\d+)\\s*years?");
    private static final Pattern PERCENT = Pattern.compile("(\\d+)\\s*%");

    /** Reads the data file's values; fails loudly if a curator writes them in a shape not understood. */
    public static Benefits parse(String validity, String voucher) {
        return new Benefits(Period.ofYears(number(YEARS, validity)), number(PERCENT, voucher));
    }

    private static int number(Pattern pattern, String value) {
        Matcher m = value == null ? null : pattern.matcher(value.strip());
        if (m == null || !m.matches()) {
            throw new IllegalStateException("certification-benefits.csv: cannot read '" + value + "' as "
                    + pattern.pattern());
        }
        return Integer.parseInt(m.group(1));
    }

    /** The voucher's discount on a fee in minor units, rounded half up to the minor unit. */
    public long discountOn(long feeMinor) {
        return (feeMinor * voucherPercent + 50) / 100;
    }
}
