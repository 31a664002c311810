package io.certstats.cost;

/**
 * The price of one exam, in minor units: the list fee, the voucher's discount (0 without one), the
 * net price, and the tax on the net price. {@code taxPercent} and {@code tax} are null where no tax
 * was asked for or none is known (USD, or a day before the first recorded rate).
 */
public record Price(long fee, long discount, long net, Integer taxPercent, Long tax) {

    public long total() {
        return net + (tax == null ? 0 : tax);
    }
}
