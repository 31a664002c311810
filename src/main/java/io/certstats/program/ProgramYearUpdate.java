package io.certstats.program;

import io.certstats.provenance.Source;
import io.certstats.validation.HttpUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.groups.ConvertGroup;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of {@code PUT /api/v1/programs/{slug}/years/{year}}: the whole year, as a curator sets it. */
@Schema(name = "ProgramYearUpdate", additionalProperties = Schema.False.class,
        description = "A program year's count, criteria and source. Every field is "
        + "replaced; a field left out becomes null (not known), and a field this body does not have is refused.")
public record ProgramYearUpdate(
        @Schema(required = true, description = "The program's name that year.",
                example = "Japan All AWS Certifications Engineers")
        @NotBlank String name,
        @Schema(description = "How many were recognised, 0 or more; null when no count is published.",
                example = "1349", nullable = true)
        @Min(0) Integer count,
        @Schema(description = "How many certifications the year's criteria required, 1 or more; null when not stated.",
                example = "12", nullable = true)
        @Min(1) Integer requiredCertifications,
        @Schema(description = "The certifications the criteria required, each by slug, code or exam code; null or "
                + "empty when not known. Each must be a certification the API serves.",
                example = "[\"cloud-practitioner\", \"SAA\", \"DVA-C02\"]", nullable = true) List<String> criteria,
        @Schema(description = "The post that stated the criteria: an http(s) URL.",
                example = "https://aws.amazon.com/jp/blogs/psa/2025-japan-aws-all-certifications-engineers-criteria/",
                nullable = true)
        @HttpUrl String criteriaUrl,
        @Schema(description = "Where the count was read (http(s) links), when it was published (a day or month, "
                + "not in the future), notes, and the names of inferred fields.")
        @Valid @ConvertGroup(to = Source.Dated.class) Source source) {
}
