package io.certstats.certification;

import io.certstats.provenance.PartialDate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a certification's exam was offered on a day, by the dates the data knows.
 *
 * <p>It was offered from its launch (or, if that is unknown, the start of its first exam code)
 * and, once retired, until the last day its last exam code could be taken (or, if that is
 * unknown, its retirement date). Month-precision dates cover their whole month. Where the data
 * knows no such date, the certification is not excluded on that account: this answers
 * "not known to be unavailable", and the served dates show what is known.
 */
public final class Availability {

    private Availability() {
    }

    public static boolean offeredOn(Certification certification, LocalDate day) {
        boolean started = start(certification).map(start -> !day.isBefore(start.firstDay())).orElse(true);
        boolean ended = certification.status == Status.RETIRED
                && end(certification).map(end -> day.isAfter(end.lastDay())).orElse(false);
        return started && !ended;
    }

    public static Optional<PartialDate> start(Certification certification) {
        PartialDate launched = PartialDate.parse(certification.launchedOn);
        if (launched != null) {
            return Optional.of(launched);
        }
        return certification.examVersions.stream().map(v -> PartialDate.parse(v.liveFrom)).filter(Objects::nonNull)
                .min(Comparator.comparing(PartialDate::firstDay));
    }

    public static Optional<PartialDate> end(Certification certification) {
        Optional<PartialDate> lastExamDay = certification.examVersions.stream()
                .map(v -> PartialDate.parse(v.liveUntil)).filter(Objects::nonNull)
                .max(Comparator.comparing(PartialDate::lastDay));
        return lastExamDay.or(() -> Optional.ofNullable(PartialDate.parse(certification.retiredOn)));
    }
}
