package io.certstats.vintage;

import java.time.Instant;

/**
 * The data as it stood at a time: what a read with {@code asOf} answers from.
 *
 * @param at         the time asked for (a day stands for its last second, UTC)
 * @param lastChange the last change to the data at or before {@code at}: the answer's Last-Modified
 */
public record Vintage(Instant at, Instant lastChange) {
}
