package io.certstats.cost;

import java.math.BigDecimal;

/**
 * The currencies AWS prices its exams in, with their minor unit: money is computed in whole minor
 * units (yen, cents) as {@code long}, so sums and discounts are exact.
 */
public enum Currency {
    JPY(0), USD(2);

    private final int decimals;

    Currency(int decimals) {
        this.decimals = decimals;
    }

    /** 150 USD is 15000 cents; 20000 JPY is 20000 yen. Fails on an amount finer than the minor unit. */
    public long toMinor(BigDecimal amount) {
        return amount.movePointRight(decimals).longValueExact();
    }

    /** The amount as served: yen without decimals, dollars with two. */
    public BigDecimal toAmount(long minor) {
        return BigDecimal.valueOf(minor, decimals);
    }
}
