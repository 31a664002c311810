package io.certstats.program;

import io.certstats.DataFileModels;
import io.certstats.certification.Availability;
import io.certstats.certification.Certification;
import io.certstats.provenance.PartialDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class YearAvailabilityTest {

    private static final LocalDate DAY = LocalDate.of(2025, 5, 31);

    @Test
    void theDayAskedForWinsOverThePublicationDay() {
        assertEquals(Optional.of(new YearAvailability.JudgedOn(DAY, YearAvailability.DayOf.ACTIVE_ON)),
                YearAvailability.day(DAY, PartialDate.parse("2024-06-20")));
    }

    @Test
    void withoutADayAskedForThePublicationDayIsUsed() {
        assertEquals(Optional.of(new YearAvailability.JudgedOn(LocalDate.of(2024, 6, 20),
                        YearAvailability.DayOf.PUBLISHED_ON)),
                YearAvailability.day(null, PartialDate.parse("2024-06-20")));
    }

    @Test
    void aPublicationMonthOrYearNamesNoDay() {
        assertEquals(Optional.empty(), YearAvailability.day(null, PartialDate.parse("2024-06")));
        assertEquals(Optional.empty(), YearAvailability.day(null, PartialDate.parse("2024")));
        assertEquals(Optional.empty(), YearAvailability.day(null, null));
    }

    /** Counts and lists from the states given: each required one judged, the others only when available. */
    @Test
    void countsTheRequiredByStateAndListsTheOthersAvailable() {
        List<Certification> all = DataFileModels.certifications().stream()
                .sorted(java.util.Comparator.comparing(c -> c.code)).toList();
        Map<String, Availability.State> states = all.stream()
                .collect(Collectors.toMap(c -> c.code, c -> Availability.on(c, DAY)));
        Set<String> required = all.stream().limit(5).map(c -> c.code).collect(Collectors.toSet());
        YearAvailability judged = YearAvailability.of(new YearAvailability.JudgedOn(DAY,
                YearAvailability.DayOf.ACTIVE_ON), required, all, states);
        assertEquals(DAY.toString(), judged.day());
        assertEquals(required.size(), judged.required());
        assertEquals(required.size(), judged.available() + judged.unknown() + judged.unavailable());
        assertEquals(required.stream().filter(c -> states.get(c) == Availability.State.UNKNOWN).count(),
                judged.unknown());
        assertEquals(all.stream().filter(c -> !required.contains(c.code) && states.get(c.code)
                        == Availability.State.AVAILABLE).map(c -> c.code).toList(),
                judged.availableNotRequired().stream().map(YearAvailability.Judged::code).toList());
    }
}
