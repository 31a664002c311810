package io.certstats.cost;

/** The currency and whether tax is included of a priced answer ({@link PriceParams} binds them). */
public record PriceOptions(Currency currency, boolean tax) {
}
