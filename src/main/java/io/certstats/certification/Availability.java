package io.certstats.certification;

import io.certstats.provenance.PartialDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a certification, or one exam code of it, could be taken on a day, by its own dates: known
 * {@link State#AVAILABLE available}, known {@link State#UNAVAILABLE unavailable}, or {@link State#UNKNOWN}.
 * V7's SQL function {@code certification_availability} is the same rule for certifications (the
 * {@code activeOn} filter); the journey refuses attempts on days this rule calls unavailable.
 *
 * <p><b>Unavailable</b> before the start and, once ended, after the end. A certification starts at its
 * launch (or, if that is unknown, at the start of its first exam code) and, once retired, ends on the last
 * day of its last exam code (or, if that is unknown, its retirement date); an exam code starts and ends on
 * its own {@code liveFrom}/{@code liveUntil}, and where these are unknown only its certification's launch
 * and end bound it. A successor's start never bounds its predecessor: SOA-C03 going live says nothing about
 * when SOA-C02 began. A day an exam code is known to have been live widens a known bound to cover it but
 * never creates one.
 *
 * <p><b>Available</b> between the earliest and the latest day it is known to have been offered: its
 * launch, its (codes') live-from, live-until and observed days, and the end of a retired certification.
 * An active certification, and the last code of one with no end of its own, stay available from the
 * earliest such day on.
 *
 * <p>A month-precision date counts conservatively: as evidence of availability it proves only its last day
 * (a start) or its first day (an end); as a bound it excludes only days outside its month. So the other
 * days of a launch month are {@code UNKNOWN} unless another date settles them.
 */
public final class Availability {

    @Schema(name = "Availability", description = "Whether it could be taken on the day asked about, by its own "
            + "dates: AVAILABLE (known offered), UNAVAILABLE (known not offered: before its start or after its "
            + "end) or UNKNOWN (the data's dates do not settle it).")
    public enum State {
        AVAILABLE, UNAVAILABLE, UNKNOWN
    }

    private Availability() {
    }

    public static State on(Certification certification, LocalDate day) {
        boolean retired = certification.status == Status.RETIRED;
        List<PartialDate> offered = new ArrayList<>(codeDates(certification.examVersions.stream()));
        if (certification.launchedOn != null) {
            offered.add(certification.launchedOn);
        }
        if (retired) {
            lastExamDay(certification).ifPresent(offered::add);
        }
        return classify(day, start(certification), retired ? end(certification) : Optional.empty(), offered,
                !retired);
    }

    public static State on(ExamVersion version, Certification certification, LocalDate day) {
        boolean openEnded = certification.status != Status.RETIRED && version.liveUntil == null
                && version.examCode.equals(certification.currentExamCode());
        return classify(day, start(version, certification), end(version, certification),
                codeDates(Stream.of(version)), openEnded);
    }

    /** The first day the certification could be taken, where known. */
    public static Optional<PartialDate> start(Certification certification) {
        // Exam codes of one certification sort in the order they replaced each other (C00, C01, C02, ...).
        PartialDate first = certification.launchedOn != null ? certification.launchedOn : certification.examVersions
                .stream().min(Comparator.comparing(v -> v.examCode)).map(v -> v.liveFrom).orElse(null);
        return Optional.ofNullable(widenStart(first, codeDates(certification.examVersions.stream())));
    }

    /** The last day the certification could be taken, where known; meaningful once it is retired. */
    public static Optional<PartialDate> end(Certification certification) {
        return Optional.ofNullable(widenEnd(lastExamDay(certification).orElse(null),
                codeDates(certification.examVersions.stream())));
    }

    /** The first day an exam code could be taken: its own, else its certification's launch; null where unknown. */
    public static Optional<PartialDate> start(ExamVersion version, Certification certification) {
        PartialDate own = version.liveFrom;
        PartialDate bound = own != null ? own : certification.launchedOn;
        return Optional.ofNullable(widenStart(bound, codeDates(Stream.of(version))));
    }

    /**
     * The last day an exam code could be taken: its own, else (once its certification is retired) the
     * certification's last day, which no code of it outlives.
     */
    public static Optional<PartialDate> end(ExamVersion version, Certification certification) {
        PartialDate own = version.liveUntil;
        PartialDate bound = own != null ? own
                : certification.status == Status.RETIRED ? end(certification).orElse(null) : null;
        return Optional.ofNullable(widenEnd(bound, codeDates(Stream.of(version))));
    }

    private static State classify(LocalDate day, Optional<PartialDate> start, Optional<PartialDate> end,
                                  List<PartialDate> offered, boolean openEnded) {
        if (start.map(s -> day.isBefore(s.firstDay())).orElse(false)
                || end.map(e -> day.isAfter(e.lastDay())).orElse(false)) {
            return State.UNAVAILABLE;
        }
        Optional<LocalDate> from = offered.stream().map(PartialDate::lastDay).min(Comparator.naturalOrder());
        Optional<LocalDate> until = openEnded ? from.map(f -> LocalDate.MAX)
                : offered.stream().map(PartialDate::firstDay).max(Comparator.naturalOrder());
        boolean known = from.isPresent() && !day.isBefore(from.get()) && !day.isAfter(until.orElseThrow());
        return known ? State.AVAILABLE : State.UNKNOWN;
    }

    /** The last code's last day, else the retirement date. */
    private static Optional<PartialDate> lastExamDay(Certification certification) {
        PartialDate lastCode = certification.examVersions.stream().max(Comparator.comparing(v -> v.examCode))
                .map(v -> v.liveUntil).orElse(null);
        return Optional.ofNullable(lastCode != null ? lastCode : certification.retiredOn);
    }

    /** Every day an exam code is known to have been live: its first and last day, and a day it was taken. */
    private static List<PartialDate> codeDates(Stream<ExamVersion> versions) {
        return versions.flatMap(v -> Stream.of(v.liveFrom, v.liveUntil, v.observedLiveOn))
                .filter(Objects::nonNull).toList();
    }

    private static PartialDate widenStart(PartialDate start, List<PartialDate> observed) {
        return start == null ? null : Stream.concat(Stream.of(start), observed.stream())
                .min(Comparator.comparing(PartialDate::firstDay)).orElseThrow();
    }

    private static PartialDate widenEnd(PartialDate end, List<PartialDate> observed) {
        return end == null ? null : Stream.concat(Stream.of(end), observed.stream())
                .max(Comparator.comparing(PartialDate::lastDay)).orElseThrow();
    }
}
