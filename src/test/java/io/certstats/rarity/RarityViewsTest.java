package io.certstats.rarity;

import io.certstats.DataFileModels;
import io.certstats.population.Population;
import io.certstats.program.Program;
import io.certstats.program.ProgramYear;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rarity answers computed from the data files with no database or HTTP: a published count against a
 * base, a caller's own numbers, and the matrix. Expected quotients are divided here from the files' figures.
 */
class RarityViewsTest {

    private static final String JAPAN = "jp-all-certifications-engineers";
    private static final Program PROGRAM = DataFileModels.program(JAPAN);
    private static final List<ProgramYear> YEARS = DataFileModels.allCertificationsEngineersYears(JAPAN);
    private static final List<Population> BASES = DataFileModels.populations();

    private static List<ProgramYear> counted() {
        return YEARS.stream().filter(y -> y.count != null).toList();
    }

    private static BigDecimal quotient(long dividend, long divisor) {
        return BigDecimal.valueOf(dividend).divide(BigDecimal.valueOf(divisor), MathContext.DECIMAL64);
    }

    @Test
    void aPublishedCountAgainstEachBaseWithBothSources() {
        for (ProgramYear year : counted()) {
            for (Population base : BASES) {
                RarityView view = RarityView.published(PROGRAM, year, base);
                assertEquals(JAPAN, view.program());
                assertEquals(year.name, view.programName());
                assertEquals(year.count.longValue(), view.count());
                assertEquals(base.slug, view.base().slug());
                assertEquals(quotient(year.count, base.value), view.rarity().ratio());
                assertEquals(quotient(base.value, year.count), view.rarity().oneIn());
                assertEquals(year.sources.get(0).source.url, view.countSource().links().get(0).url());
            }
        }
    }

    @Test
    void notesABaseOfUnknownYearOrAnotherYearAndABaseOfAnotherUnit() {
        ProgramYear year = counted().get(counted().size() - 1);
        for (Population base : BASES) {
            List<String> notes = RarityView.notes(PROGRAM, year, base);
            String when = base.asOf == null
                    ? "The year the base's figure refers to is not known; the count is for " + year.year + "."
                    : base.asOf.iso().startsWith(Integer.toString(year.year)) ? null
                    : "The base's figure is as of " + base.asOf.iso() + "; the count is for " + year.year + ".";
            boolean otherUnit = !PROGRAM.unit.equals(base.unit);
            assertEquals((when == null ? 0 : 1) + (otherUnit ? 1 : 0), notes.size(), notes.toString());
            if (when != null) {
                assertEquals(when, notes.get(0));
            }
            if (otherUnit) {
                assertTrue(notes.get(notes.size() - 1).contains("the base counts " + base.unit), notes.toString());
            }
        }
    }

    @Test
    void aCallersOwnNumbersHaveNoProvenanceAndNoNotes() {
        RarityView view = RarityView.whatIf(1500, 1_575_414);
        assertNull(view.program());
        assertNull(view.year());
        assertNull(view.countSource());
        assertNull(view.base().slug());
        assertEquals(quotient(1500, 1_575_414), view.rarity().ratio());
        assertEquals(List.of(), view.notes());
        assertNull(RarityView.whatIf(0, 10).rarity().oneIn());
    }

    @Test
    void theMatrixHasACellForEveryCountedYearAndEveryBase() {
        RarityMatrix matrix = RarityMatrix.of(PROGRAM, YEARS, Map.of(), BASES, 2000, 2100);
        assertEquals(counted().stream().map(y -> y.year).toList(),
                matrix.years().stream().map(y -> y.year()).toList());
        assertEquals(BASES.size(), matrix.populations().size());
        assertEquals(counted().size() * BASES.size(), matrix.cells().size());
        int i = 0;
        for (ProgramYear year : counted()) {
            for (Population base : BASES) {
                RarityMatrix.Cell cell = matrix.cells().get(i++);
                assertEquals(year.year, cell.year());
                assertEquals(base.slug, cell.population());
                assertEquals(quotient(year.count, base.value), cell.rarity().ratio());
                assertEquals(RarityView.notes(PROGRAM, year, base), cell.notes());
            }
        }
    }

    @Test
    void theMatrixKeepsToTheRange() {
        int last = counted().get(counted().size() - 1).year;
        RarityMatrix one = RarityMatrix.of(PROGRAM, YEARS, Map.of(), BASES, last, last);
        assertEquals(List.of(last), one.years().stream().map(y -> y.year()).toList());
        assertEquals(BASES.size(), one.cells().size());
        int first = YEARS.get(0).year;
        assertEquals(0, RarityMatrix.of(PROGRAM, YEARS, Map.of(), BASES, 2000, first - 1).cells().size());
    }
}
