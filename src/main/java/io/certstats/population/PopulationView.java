package io.certstats.population;

import io.certstats.provenance.PartialDate;
import io.certstats.provenance.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Population", description = "A population base: a figure to measure a count against.")
public record PopulationView(
        @Schema(description = "Stable identifier; null only for a base given by the caller (see Rarity).",
                example = "jp-it-company-employees", nullable = true) String slug,
        @Schema(example = "Number of employees of IT companies in Japan (as cited by the seed article from itnabi)")
        String description,
        @Schema(example = "1575414") long value,
        @Schema(description = "What the value counts; null only for a base given by the caller.", example = "people",
                nullable = true) String unit,
        @Schema(description = "The year (or date) the figure refers to; null when the source does not say.",
                example = "2015", nullable = true) String asOf,
        @Schema(description = "Provenance of the figure; null only for a base given by the caller.",
                nullable = true) Source source) {

    public static PopulationView of(Population p) {
        return new PopulationView(p.slug, p.description, p.value, p.unit, PartialDate.iso(p.asOf),
                Source.of(p.sources, null, p.notes, null, p.grade));
    }
}
