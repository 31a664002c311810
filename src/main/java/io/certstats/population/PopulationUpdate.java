package io.certstats.population;

import io.certstats.provenance.Source;
import io.certstats.validation.CrossField;
import io.certstats.validation.IsoDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code PUT /api/v1/populations/{slug}}: the whole base, as a curator sets it. */
@Schema(name = "PopulationUpdate", additionalProperties = Schema.False.class,
        description = "A population base's new figures and source. Every field is "
        + "replaced; a field left out becomes null (not known), and a field this body does not have is refused.")
@CrossField
public record PopulationUpdate(
        @Schema(required = true, example = "Number of IT companies in Japan")
        @NotBlank String description,
        @Schema(required = true, description = "The figure, 1 or more.", example = "43006")
        @NotNull @Min(1) Long value,
        @Schema(required = true, description = "What the value counts.", example = "companies")
        @NotBlank String unit,
        @Schema(description = "The year, month or day the figure refers to; not in the future.", example = "2024",
                nullable = true)
        @IsoDate(monthAllowed = true, yearAllowed = true, pastOnly = true) String asOf,
        @Schema(description = "Where the figure was read (http(s) links) and notes; publishedOn and inferred "
                + "are not kept for population bases and must be left out.")
        @Valid Source source) implements CrossField.Rule {

    @Override
    public void check(CrossField.Rejections rejections) {
        if (source != null && source.publishedOn() != null) {
            rejections.reject("source.publishedOn", "is not kept for population bases; give the figure's date as asOf");
        }
        if (source != null && source.inferred() != null && !source.inferred().isEmpty()) {
            rejections.reject("source.inferred", "is not kept for population bases; say so in source.notes");
        }
    }
}
