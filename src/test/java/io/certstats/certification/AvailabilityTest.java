package io.certstats.certification;

import io.certstats.provenance.PartialDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static io.certstats.certification.Availability.State.AVAILABLE;
import static io.certstats.certification.Availability.State.UNAVAILABLE;
import static io.certstats.certification.Availability.State.UNKNOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AvailabilityTest {

    private static Certification certification(Status status, String launchedOn, String retiredOn,
                                               ExamVersion... versions) {
        Certification c = new Certification();
        c.status = status;
        c.launchedOn = PartialDate.parse(launchedOn);
        c.retiredOn = PartialDate.parse(retiredOn);
        for (ExamVersion v : versions) {
            c.examVersions.add(v);
        }
        return c;
    }

    private static ExamVersion version(String from, String until) {
        return version("X-C01", from, until, null);
    }

    private static ExamVersion version(String code, String from, String until, String observed) {
        ExamVersion v = new ExamVersion();
        v.examCode = code;
        v.observedLiveOn = PartialDate.parse(observed);
        v.liveFrom = PartialDate.parse(from);
        v.liveUntil = PartialDate.parse(until);
        return v;
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void offeredFromItsLaunchDay() {
        Certification c = certification(Status.ACTIVE, "2024-03-12", null);
        assertEquals(UNAVAILABLE, Availability.on(c, day("2024-03-11")));
        assertEquals(AVAILABLE, Availability.on(c, day("2024-03-12")));
    }

    @Test
    void aMonthPrecisionLaunchLeavesItsMonthUnknown() {
        Certification c = certification(Status.ACTIVE, "2017-11", null);
        assertEquals(UNAVAILABLE, Availability.on(c, day("2017-10-31")));
        assertEquals(UNKNOWN, Availability.on(c, day("2017-11-01")));
        assertEquals(UNKNOWN, Availability.on(c, day("2017-11-29")));
        assertEquals(AVAILABLE, Availability.on(c, day("2017-11-30")));
    }

    @Test
    void withoutALaunchDateTheFirstExamCodesStartCounts() {
        Certification c = certification(Status.ACTIVE, null, null, version("2025-09-30", null));
        assertEquals(UNAVAILABLE, Availability.on(c, day("2025-09-29")));
        assertEquals(AVAILABLE, Availability.on(c, day("2025-09-30")));
    }

    @Test
    void aRetiredCertificationIsOfferedUntilItsLastExamDay() {
        Certification c = certification(Status.RETIRED, null, "2024-04-09", version(null, "2024-04-08"));
        assertEquals(AVAILABLE, Availability.on(c, day("2024-04-08")));
        assertEquals(UNAVAILABLE, Availability.on(c, day("2024-04-09")));
        // Its start is unknown, so no earlier day is known either way.
        assertEquals(UNKNOWN, Availability.on(c, day("2024-01-01")));
    }

    @Test
    void aMonthPrecisionRetirementLeavesItsMonthUnknown() {
        Certification c = certification(Status.RETIRED, null, "2021-03", version(null, "2021-03"));
        assertEquals(UNKNOWN, Availability.on(c, day("2021-03-01")));
        assertEquals(UNKNOWN, Availability.on(c, day("2021-03-31")));
        assertEquals(UNAVAILABLE, Availability.on(c, day("2021-04-01")));
    }

    @Test
    void withoutAnExamCodeEndTheRetirementDateCounts() {
        Certification c = certification(Status.RETIRED, null, "2024-04-29");
        assertEquals(AVAILABLE, Availability.on(c, day("2024-04-29")));
        assertEquals(UNAVAILABLE, Availability.on(c, day("2024-04-30")));
    }

    @Test
    void anActiveCertificationOutlivesItsEndedExamCodes() {
        Certification c = certification(Status.ACTIVE, null, null, version("X-C02", null, "2025-09-29", null),
                version("X-C03", "2025-09-30", null, null));
        assertEquals(AVAILABLE, Availability.on(c, day("2026-01-01")));
    }

    @Test
    void withoutDatesEveryDayIsUnknown() {
        Certification c = certification(Status.RETIRED, null, null);
        assertEquals(UNKNOWN, Availability.on(c, day("2015-01-01")));
        assertEquals(UNKNOWN, Availability.on(c, day("2030-01-01")));
    }

    /**
     * SOA as exam-versions.csv has it: SOA-C01 observed 2021-03-30, SOA-C02 last day 2025-09-29, SOA-C03
     * from 2025-09-30, no launch date in certifications.csv. The successor's start is not the certification's:
     * SOA was offered in 2021 and 2023 (it was taken then), so nothing before its unknown start is excluded.
     */
    private static Certification soa() {
        return certification(Status.ACTIVE, null, null, version("SOA-C01", null, null, "2021-03-30"),
                version("SOA-C02", null, "2025-09-29", null), version("SOA-C03", "2025-09-30", null, null));
    }

    @Test
    void aSuccessorsStartDoesNotStartItsCertification() {
        Certification c = soa();
        assertEquals(Optional.empty(), Availability.start(c));
        assertEquals(AVAILABLE, Availability.on(c, day("2021-03-30")));
        assertEquals(AVAILABLE, Availability.on(c, day("2023-01-14")));
        assertEquals(UNKNOWN, Availability.on(c, day("2015-01-01")));
    }

    @Test
    void eachExamCodeHasItsOwnBounds() {
        Certification c = soa();
        ExamVersion c01 = c.examVersions.get(0);
        ExamVersion c02 = c.examVersions.get(1);
        ExamVersion c03 = c.examVersions.get(2);
        // SOA-C02's first day is unknown: SOA-C03's 2025-09-30 must not become it.
        assertEquals(Optional.empty(), Availability.start(c02, c));
        assertEquals(Optional.of(PartialDate.parse("2025-09-29")), Availability.end(c02, c));
        assertEquals(Optional.of(PartialDate.parse("2025-09-30")), Availability.start(c03, c));
        // An observation proves SOA-C01 was live on 2021-03-30; it does not make that its first day.
        assertEquals(Optional.empty(), Availability.start(c01, c));
        assertEquals(Optional.empty(), Availability.end(c01, c));
        // Each code's availability by its own dates: only the current code of an active certification stays open.
        assertEquals(AVAILABLE, Availability.on(c01, c, day("2021-03-30")));
        assertEquals(UNKNOWN, Availability.on(c01, c, day("2021-04-01")));
        assertEquals(AVAILABLE, Availability.on(c02, c, day("2025-09-29")));
        assertEquals(UNKNOWN, Availability.on(c02, c, day("2024-01-01")));
        assertEquals(UNAVAILABLE, Availability.on(c02, c, day("2025-09-30")));
        assertEquals(UNAVAILABLE, Availability.on(c03, c, day("2025-09-29")));
        assertEquals(AVAILABLE, Availability.on(c03, c, day("2030-01-01")));
    }

    @Test
    void anUnknownCodeStartFallsBackToItsCertificationsLaunchOnly() {
        Certification c = certification(Status.ACTIVE, "2013-04-30", null,
                version("SAA-C02", null, "2022-08-29", null), version("SAA-C03", "2022-08", null, null));
        assertEquals(Optional.of(PartialDate.parse("2013-04-30")), Availability.start(c.examVersions.get(0), c));
        assertEquals(Optional.of(PartialDate.parse("2022-08")), Availability.start(c.examVersions.get(1), c));
    }

    @Test
    void anObservationWidensAKnownBoundToCoverIt() {
        // A code said to start in 2023-02 but seen taken on 2023-01-20: the sitting wins.
        Certification c = certification(Status.RETIRED, null, null,
                version("X-C01", "2023-02", "2023-06-30", "2023-01-20"), version("X-C02", null, null, "2023-07-05"));
        assertEquals(Optional.of(PartialDate.parse("2023-01-20")), Availability.start(c.examVersions.get(0), c));
        assertEquals(Optional.of(PartialDate.parse("2023-01-20")), Availability.start(c));
        // The certification's last code has no own end, so none is known; X-C02 was still seen on 2023-07-05.
        assertEquals(Optional.empty(), Availability.end(c));
        assertEquals(AVAILABLE, Availability.on(c, day("2023-07-05")));
        assertEquals(UNKNOWN, Availability.on(c, day("2023-07-06")));
        assertEquals(UNAVAILABLE, Availability.on(c, day("2023-01-19")));
    }

    @Test
    void anEarlierCodesEndIsNotItsRetiredCertificationsEnd() {
        // Only the last code's end (else the retirement date) ends the certification.
        Certification c = certification(Status.RETIRED, null, "2024-04-09",
                version("X-C01", null, "2020-03-31", null), version("X-C02", null, null, null));
        assertEquals(Optional.of(PartialDate.parse("2024-04-09")), Availability.end(c));
        assertEquals(AVAILABLE, Availability.on(c, day("2022-01-01")));
        // X-C02 has no own end: its retired certification's end bounds it.
        assertEquals(Optional.of(PartialDate.parse("2024-04-09")), Availability.end(c.examVersions.get(1), c));
    }
}
