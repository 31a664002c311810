package io.certstats.rarity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How rare a count is within a base: the ratio and its everyday forms. Each form is computed
 * from the two whole numbers directly (not from a rounded ratio), to 16 significant digits.
 * The answers that carry it unwrap it, so its fields are theirs in JSON.
 */
public record Rarity(
        @Schema(description = "count / base, to 16 significant digits.", example = "0.0007756691257028311")
        BigDecimal ratio,
        @Schema(description = "count / base × 100.", example = "0.07756691257028311") BigDecimal percent,
        @Schema(description = "count / base × 1,000,000.", example = "775.6691257028311") BigDecimal perMillion,
        @Schema(description = "base / count: one in how many; null when the count is 0.", example = "1289.209492635025",
                nullable = true) BigDecimal oneIn) {

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
