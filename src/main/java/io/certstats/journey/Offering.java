package io.certstats.journey;

import io.certstats.certification.Level;
import io.certstats.provenance.PartialDate;

/**
 * What an attempt names — a certification, or one exam code of it — and the dates the data knows it
 * could be taken: {@code from} the first day, {@code until} the last; null where unknown.
 */
public record Offering(String certification, String slug, Level level, String examCode, PartialDate from,
                       PartialDate until) {
}
