package io.certstats.program;

import io.certstats.provenance.EvidenceGrade;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProgramYearViewTest {

    private static ProgramYear year(int year, Integer count) {
        ProgramYear y = new ProgramYear();
        y.programSlug = "p";
        y.year = year;
        y.name = "P";
        y.count = count;
        return y;
    }

    @Test
    void theFirstPublishedYearHasNoChange() {
        List<ProgramYearView> views = ProgramYearView.ofAll(List.of(year(2020, 100)), Map.of());
        assertNull(views.get(0).change());
    }

    @Test
    void changeIsFromThePreviousYearWithACountSkippingGaps() {
        List<ProgramYearView> views = ProgramYearView.ofAll(
                List.of(year(2020, 200), year(2021, null), year(2022, 250)), Map.of());
        assertNull(views.get(1).change());
        YearChange change = views.get(2).change();
        assertEquals(2020, change.fromYear());
        assertEquals(50, change.absolute());
        assertEquals(0, new BigDecimal("25").compareTo(change.percent()));
    }

    @Test
    void aChangeCarriesTheWeakerGradeOfItsTwoCounts() {
        ProgramYear primary = year(2020, 200);
        primary.grade = EvidenceGrade.PRIMARY;
        ProgramYear inferred = year(2021, 250);
        inferred.grade = EvidenceGrade.INFERRED;
        assertEquals(EvidenceGrade.INFERRED, ProgramYearView.ofAll(List.of(primary, inferred), Map.of()).get(1)
                .change().grade());
    }

    @Test
    void aFallIsNegative() {
        YearChange change = YearChange.between(2020, 400, 300, EvidenceGrade.PRIMARY);
        assertEquals(-100, change.absolute());
        assertEquals(0, new BigDecimal("-25").compareTo(change.percent()));
    }

    @Test
    void aChangeFromZeroHasNoPercent() {
        assertNull(YearChange.between(2020, 0, 5, EvidenceGrade.PRIMARY).percent());
    }

    @Test
    void requiredCertificationsFallBackToTheNumberOfCriteriaRows() {
        ProgramYear stated = year(2025, null);
        stated.requiredCertifications = 12;
        assertEquals(12, ProgramYearView.ofAll(List.of(stated), Map.of(2025, 11L)).get(0).requiredCertifications());
        assertEquals(11, ProgramYearView.ofAll(List.of(year(2025, null)), Map.of(2025, 11L)).get(0)
                .requiredCertifications());
        assertNull(ProgramYearView.ofAll(List.of(year(2025, null)), Map.of()).get(0).requiredCertifications());
    }
}
