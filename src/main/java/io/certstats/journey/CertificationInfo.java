package io.certstats.journey;

import io.certstats.certification.Availability;
import io.certstats.certification.Certification;
import io.certstats.certification.Level;
import io.certstats.certification.Status;
import io.certstats.provenance.PartialDate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the evaluator needs of a certification: its level, and the last exam day of a retired one. */
public record CertificationInfo(String code, String slug, Level level, PartialDate lastExamDay) {

    static CertificationInfo of(Certification c) {
        return new CertificationInfo(c.code, c.slug, c.level,
                c.status == Status.RETIRED ? Availability.end(c).orElse(null) : null);
    }

    static Map<String, CertificationInfo> byCode(List<Certification> certifications) {
        return certifications.stream().map(CertificationInfo::of)
                .collect(Collectors.toMap(CertificationInfo::code, Function.identity()));
    }

    /** Retired on a day: its exam could no longer be taken, so it cannot be renewed by passing it. */
    public boolean retiredOn(LocalDate day) {
        return lastExamDay != null && day.isAfter(lastExamDay.lastDay());
    }
}
