package io.certstats.program;

import io.certstats.provenance.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Program", description = "A recognition program that publishes a yearly count.")
public record ProgramView(
        @Schema(example = "jp-all-certifications-engineers") String slug,
        @Schema(example = "Japan All AWS Certifications Engineers") String name,
        @Schema(description = "Earlier names.") List<String> formerNames,
        @Schema(description = "ISO 3166 country code.", example = "JP") String country,
        @Schema(description = "What the counts count.", example = "people") String unit,
        @Schema(description = "What the program recognises; null when the data has no description.",
                nullable = true) String description,
        @Schema(description = "Every year the data has a row for, oldest first.") List<Integer> years,
        @Schema(description = "The latest year with a published count; null if none.", example = "2024",
                nullable = true) Integer latestPublishedYear,
        Source source) {

    static ProgramView of(Program p, List<ProgramYear> years) {
        List<String> formerNames = p.names.stream().filter(n -> !n.equals(p.name)).toList();
        Integer latest = years.stream().filter(y -> y.count != null).map(y -> y.year).reduce((a, b) -> b)
                .orElse(null);
        return new ProgramView(p.slug, p.name, formerNames, p.country, p.unit, p.description,
                years.stream().map(y -> y.year).toList(), latest, Source.of(p.sources, null, null, null, null));
    }
}
