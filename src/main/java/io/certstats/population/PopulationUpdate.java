package io.certstats.population;

import io.certstats.provenance.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/v1/populations/{slug}}: the whole base, as a curator sets it. */
@Schema(name = "PopulationUpdate", additionalProperties = Schema.False.class,
        description = "A population base's new figures and source. Every field is "
        + "replaced; a field left out becomes null (not known), and a field this body does not have is refused.")
public record PopulationUpdate(
        @Schema(required = true, example = "Number of IT companies in Japan") String description,
        @Schema(required = true, description = "The figure, 1 or more.", example = "43006") Long value,
        @Schema(required = true, description = "What the value counts.", example = "companies") String unit,
        @Schema(description = "The year, month or day the figure refers to; not in the future.", example = "2024",
                nullable = true) String asOf,
        @Schema(description = "Where the figure was read (http(s) links) and notes; publishedOn and inferred "
                + "are not kept for population bases and must be left out.") Source source) {
}
