package io.certstats.certification;

import io.certstats.provenance.PartialDate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a certification, or one exam code of it, could be taken on a day, by the dates the data knows.
 *
 * <p>Each bound comes from the thing's own dates: a certification starts at its launch (or, if that is
 * unknown, at the start of its first exam code) and, once retired, ends on the last day of its last exam
 * code (or, if that is unknown, its retirement date); an exam code starts and ends on its own
 * {@code liveFrom}/{@code liveUntil}, and where these are unknown only its certification's launch and end
 * bound it. A successor's start never bounds its predecessor: SOA-C03 going live says nothing about when
 * SOA-C02 began. An observed-live date proves the code was live that day, so it widens a known bound to
 * cover it but never creates one. Month-precision dates cover their whole month. Where no bound is known
 * nothing is excluded on that account: this answers "not known to be unavailable".
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

    /** The first day the certification could be taken, where known. */
    public static Optional<PartialDate> start(Certification certification) {
        // Exam codes of one certification sort in the order they replaced each other (C00, C01, C02, ...).
        PartialDate first = certification.launchedOn != null ? certification.launchedOn : certification.examVersions
                .stream().min(Comparator.comparing(v -> v.examCode)).map(v -> v.liveFrom).orElse(null);
        return Optional.ofNullable(widenStart(first, observations(certification.examVersions.stream())));
    }

    /** The last day the certification could be taken, where known; meaningful once it is retired. */
    public static Optional<PartialDate> end(Certification certification) {
        PartialDate lastExamDay = certification.examVersions.stream().max(Comparator.comparing(v -> v.examCode))
                .map(v -> v.liveUntil).orElse(null);
        PartialDate last = lastExamDay != null ? lastExamDay : certification.retiredOn;
        return Optional.ofNullable(widenEnd(last, observations(certification.examVersions.stream())));
    }

    /** The first day an exam code could be taken: its own, else its certification's launch; null where unknown. */
    public static Optional<PartialDate> start(ExamVersion version, Certification certification) {
        PartialDate own = version.liveFrom;
        PartialDate bound = own != null ? own : certification.launchedOn;
        return Optional.ofNullable(widenStart(bound, observations(Stream.of(version))));
    }

    /**
     * The last day an exam code could be taken: its own, else (once its certification is retired) the
     * certification's last day, which no code of it outlives.
     */
    public static Optional<PartialDate> end(ExamVersion version, Certification certification) {
        PartialDate own = version.liveUntil;
        PartialDate bound = own != null ? own
                : certification.status == Status.RETIRED ? end(certification).orElse(null) : null;
        return Optional.ofNullable(widenEnd(bound, observations(Stream.of(version))));
    }

    private static List<PartialDate> observations(Stream<ExamVersion> versions) {
        return versions.map(v -> v.observedLiveOn).filter(Objects::nonNull).toList();
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
