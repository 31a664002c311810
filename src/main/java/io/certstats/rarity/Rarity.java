package io.certstats.rarity;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How rare a count is within a base: the ratio and its everyday forms. Each form is computed
 * from the two whole numbers directly (not from a rounded ratio), to 16 significant digits.
 */
public record Rarity(BigDecimal ratio, BigDecimal percent, BigDecimal perMillion, BigDecimal oneIn) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    public static Rarity of(long count, long base) {
        if (count < 0 || base <= 0) {
            throw new IllegalArgumentException("count must be >= 0 and base > 0: " + count + " / " + base);
        }
        BigDecimal c = BigDecimal.valueOf(count);
        BigDecimal b = BigDecimal.valueOf(base);
        return new Rarity(
                c.divide(b, PRECISION),
                c.multiply(BigDecimal.valueOf(100)).divide(b, PRECISION),
                c.multiply(BigDecimal.valueOf(1_000_000)).divide(b, PRECISION),
                count == 0 ? null : b.divide(c, PRECISION));
    }
}
