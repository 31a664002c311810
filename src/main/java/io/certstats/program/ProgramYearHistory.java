package io.certstats.program;

import io.certstats.formats.Tabular;
import io.certstats.provenance.EvidenceGrade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One program year's figure over time: each version the API has served, oldest first. */
@Schema(name = "ProgramYearHistory", description = "Every version of a program year's figure that certstats has "
        + "served, oldest first: its count, grade, publication date, notes and sources, when each version came "
        + "into force and who recorded it. Ask any read for one of these times with asOf.")
public record ProgramYearHistory(
        @Schema(example = "jp-all-certifications-engineers") String program,
        @Schema(example = "2024") int year,
        List<Version> versions) implements Tabular {

    @Override
    public List<?> rows() {
        return versions;
    }

    @Schema(name = "ProgramYearVersion", description = "The figure as it was served from one time until the next.")
    public record Version(
            @Schema(description = "When this version came into force (UTC, to the second).", format = "date-time",
                    example = "2025-01-31T09:00:00Z") String from,
            @Schema(description = "When the next change replaced it; null while it is in force.", format = "date-time",
                    nullable = true) String until,
            @Schema(description = "What recorded it: 'seed: <data file>' (a release of the reviewed data files), "
                    + "'curator' (a write of the curation API) or 'database' (SQL run on the database itself).",
                    example = "seed: all-certifications-engineers.csv") String recordedBy,
            @Schema(description = "The count; null where none was published.", example = "1222", nullable = true)
            Integer count,
            @Schema(description = "How many certifications the criteria required.", example = "12", nullable = true)
            Integer requiredCertifications,
            EvidenceGrade grade,
            @Schema(description = "When the count was published, as far as known.", example = "2024-06",
                    nullable = true) String publishedOn,
            @Schema(nullable = true) String notes,
            @Schema(description = "The URLs of its sources, in order.") List<String> sources) {
    }
}
