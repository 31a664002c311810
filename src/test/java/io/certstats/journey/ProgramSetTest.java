package io.certstats.journey;

import io.certstats.CostFacts;
import io.certstats.DataFileModels;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The program years a journey is checked against, grouped from program-criteria.csv with no database. */
class ProgramSetTest {

    @Test
    void oneSetPerProgramYearWithItsCertifications() {
        List<ProgramSet> sets = ProgramSet.of(DataFileModels.programCriteria());
        List<Integer> years = io.certstats.DataFiles.rows("program-criteria.csv").stream()
                .map(r -> r.integer("year")).distinct().sorted().toList();
        assertEquals(years, sets.stream().map(ProgramSet::year).toList());
        for (ProgramSet set : sets) {
            assertEquals(CostFacts.JAPAN, set.program());
            assertEquals(CostFacts.criteria(set.year()), set.certifications());
        }
    }
}
