package io.certstats.certification;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AvailabilityTest {

    private static Certification certification(Status status, String launchedOn, String retiredOn,
                                               ExamVersion... versions) {
        Certification c = new Certification();
        c.status = status;
        c.launchedOn = launchedOn;
        c.retiredOn = retiredOn;
        for (ExamVersion v : versions) {
            c.examVersions.add(v);
        }
        return c;
    }

    private static ExamVersion version(String from, String until) {
        ExamVersion v = new ExamVersion();
        v.liveFrom = from;
        v.liveUntil = until;
        return v;
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void offeredFromItsLaunchDay() {
        Certification c = certification(Status.ACTIVE, "2024-03-12", null);
        assertFalse(Availability.offeredOn(c, day("2024-03-11")));
        assertTrue(Availability.offeredOn(c, day("2024-03-12")));
    }

    @Test
    void aMonthPrecisionLaunchCoversTheWholeMonth() {
        Certification c = certification(Status.ACTIVE, "2017-11", null);
        assertFalse(Availability.offeredOn(c, day("2017-10-31")));
        assertTrue(Availability.offeredOn(c, day("2017-11-01")));
    }

    @Test
    void withoutALaunchDateTheFirstExamCodesStartCounts() {
        Certification c = certification(Status.ACTIVE, null, null, version("2025-09-30", null));
        assertFalse(Availability.offeredOn(c, day("2025-09-29")));
        assertTrue(Availability.offeredOn(c, day("2025-09-30")));
    }

    @Test
    void aRetiredCertificationIsOfferedUntilItsLastExamDay() {
        Certification c = certification(Status.RETIRED, null, "2024-04-09", version(null, "2024-04-08"));
        assertTrue(Availability.offeredOn(c, day("2024-04-08")));
        assertFalse(Availability.offeredOn(c, day("2024-04-09")));
    }

    @Test
    void aMonthPrecisionRetirementCoversTheWholeMonth() {
        Certification c = certification(Status.RETIRED, null, "2021-03", version(null, "2021-03"));
        assertTrue(Availability.offeredOn(c, day("2021-03-31")));
        assertFalse(Availability.offeredOn(c, day("2021-04-01")));
    }

    @Test
    void withoutAnExamCodeEndTheRetirementDateCounts() {
        Certification c = certification(Status.RETIRED, null, "2024-04-29");
        assertTrue(Availability.offeredOn(c, day("2024-04-29")));
        assertFalse(Availability.offeredOn(c, day("2024-04-30")));
    }

    @Test
    void anActiveCertificationOutlivesItsEndedExamCodes() {
        Certification c = certification(Status.ACTIVE, null, null, version(null, "2025-09-29"), version("2025-09-30", null));
        assertTrue(Availability.offeredOn(c, day("2026-01-01")));
    }

    @Test
    void unknownDatesDoNotExclude() {
        Certification c = certification(Status.RETIRED, null, null);
        assertTrue(Availability.offeredOn(c, day("2015-01-01")));
        assertTrue(Availability.offeredOn(c, day("2030-01-01")));
    }
}
