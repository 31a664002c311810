package io.certstats.program;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.certstats.provenance.EvidenceGrade;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The merge of a year's row versions and its links' versions into the versions the API served. */
class ProgramYearVersionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T1 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2025-02-01T00:00:00Z");
    private static final Instant T3 = Instant.parse("2025-03-01T00:00:00Z");

    @Test
    void aNewCountThenANewSourceAreTwoChangesAndALinkWrittenBackIsNone() throws Exception {
        List<ProgramYearVersions.Stored> stored = List.of(
                year(340, T1, T2, "seed: a.csv"),
                year(579, T2, null, "curator: alice@example.org"),
                link(0, "https://a.example", T1, null, "seed: a.csv"),
                link(1, "https://b.example", T3, null, "database: postgres"));
        List<ProgramYearHistory.Version> versions = ProgramYearVersions.merge(stored, null);

        assertEquals(3, versions.size(), versions.toString());
        assertEquals(List.of(340, 579, 579), versions.stream().map(ProgramYearHistory.Version::count).toList());
        assertEquals(List.of("seed: a.csv", "curator", "database"),
                versions.stream().map(ProgramYearHistory.Version::recordedBy).toList());
        assertEquals(List.of(T2.toString(), T3.toString()), versions.stream().limit(2)
                .map(ProgramYearHistory.Version::until).toList());
        assertEquals(List.of("https://a.example", "https://b.example"), versions.get(2).sources());
        assertEquals(EvidenceGrade.PRIMARY, versions.get(0).grade());
        assertEquals("2024-06", versions.get(0).publishedOn());

        // as of T2, the link added at T3 is not known yet, and the curator's version is still in force
        List<ProgramYearHistory.Version> then = ProgramYearVersions.merge(stored, T2);
        assertEquals(2, then.size());
        assertEquals(null, then.get(1).until());
    }

    @Test
    void aChangeThatLeavesTheFigureAsItWasIsNoNewVersion() throws Exception {
        List<ProgramYearHistory.Version> versions = ProgramYearVersions.merge(List.of(
                year(340, T1, T2, "seed: a.csv"), year(340, T2, null, "seed: a.csv")), null);
        assertEquals(1, versions.size());
        assertEquals(null, versions.get(0).until());
    }

    @Test
    void aYearDeletedIsAVersionThatEnded() throws Exception {
        List<ProgramYearHistory.Version> versions = ProgramYearVersions.merge(List.of(year(340, T1, T2, "seed: a.csv")), null);
        assertEquals(1, versions.size());
        assertEquals(T2.toString(), versions.get(0).until());
    }

    private static ProgramYearVersions.Stored year(int count, Instant from, Instant until, String by) throws Exception {
        JsonNode row = JSON.readTree("""
                {"id": 7, "program_slug": "p", "year": 2024, "count": %d, "required_certifications": null,
                 "grade": "PRIMARY", "published_on_first_day": "2024-06-01", "published_on_precision": "month",
                 "notes": null}""".formatted(count));
        return new ProgramYearVersions.Stored(false, row, null, from, until, by, null);
    }

    private static ProgramYearVersions.Stored link(int position, String url, Instant from, Instant until, String by)
            throws Exception {
        JsonNode row = JSON.readTree("{\"figure_id\": 7, \"position\": %d, \"source_id\": 1}".formatted(position));
        return new ProgramYearVersions.Stored(true, row, url, from, until, by, null);
    }
}
