package io.certstats.journey;

import io.certstats.certification.Level;
import io.certstats.provenance.PartialDate;

import java.time.LocalDate;

/** What the evaluator needs of a certification: its level, and the last exam day of a retired one. */
public record CertificationInfo(String code, String slug, Level level, PartialDate lastExamDay) {

    /** Retired on a day: its exam could no longer be taken, so it cannot be renewed by passing it. */
    public boolean retiredOn(LocalDate day) {
        return lastExamDay != null && day.isAfter(lastExamDay.lastDay());
    }
}
