package io.certstats.certification;

import io.certstats.provenance.Source;
import io.certstats.validation.CrossField;
import io.certstats.validation.IsoDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The body of {@code PUT /api/v1/certifications/{slug}}: the whole certification as a curator sets
 * it, e.g. with a new exam code, a retirement or a fee change. The slug and code stay as they are.
 */
@Schema(name = "CertificationUpdate", additionalProperties = Schema.False.class,
        description = "A certification's names, level, status, dates, fees, exam "
        + "facts, exam codes and source. Every field is replaced; a field left out becomes null (not known), "
        + "and a field this body does not have is refused.")
@CrossField
public record CertificationUpdate(
        @Schema(required = true, example = "AWS Certified Solutions Architect – Associate")
        @NotBlank String name,
        @Schema(description = "Earlier names, none containing ' | '.")
        List<@NotBlank
        @Pattern(regexp = "(?![\\s\\S]* \\| )[\\s\\S]*", message = "must not contain ' | '") String> formerNames,
        @Schema(example = "ソリューションアーキテクト – アソシエイト", nullable = true) String nameJa,
        @Schema(required = true) @NotNull Level level,
        @Schema(required = true) @NotNull Status status,
        @Schema(example = "renamed", nullable = true) String statusNote,
        @Schema(description = "ISO-8601, a day or a month.", example = "2013-04-30", nullable = true)
        @IsoDate(monthAllowed = true) String launchedOn,
        @Schema(description = "ISO-8601, a day or a month; may be ahead when a retirement is announced.",
                example = "2024-04-09", nullable = true)
        @IsoDate(monthAllowed = true) String retiredOn,
        @Schema(description = "0 or more.", example = "150", nullable = true)
        @Min(0) Integer feeUsd,
        @Schema(description = "0 or more, excluding consumption tax.", example = "20000", nullable = true)
        @Min(0) Integer feeJpy,
        @Schema(description = "0 or more, excluding consumption tax.", example = "15000", nullable = true)
        @Min(0) Integer feeJpyBefore20240401,
        @Schema(description = "1 or more.", example = "130", nullable = true)
        @Min(1) Integer durationMinutes,
        @Schema(description = "1 or more.", example = "65", nullable = true)
        @Min(1) Integer questionCount,
        @Schema(description = "0 to 1000.", example = "720", nullable = true)
        @Min(0)
        @Max(value = 1000, message = "must be at most 1000 (scores are out of 1,000), not ${validatedValue}")
        Integer passingScore,
        @Schema(description = "0 or more.", example = "15", nullable = true)
        @Min(0) Integer unscoredQuestions,
        @Schema(description = "1 or more.", example = "3", nullable = true)
        @Min(1) Integer validityYears,
        @Schema(required = true, description = "Every exam code, each starting with the certification's code and "
                + "a hyphen (SAA-C03); codes left out are removed.")
        @NotNull List<@NotNull @Valid ExamCodeView> examCodes,
        @Schema(description = "Where the facts were read (http(s) links), notes, and the names of inferred "
                + "fields; publishedOn is not kept for certifications and must be left out.")
        @Valid Source source) implements CrossField.Rule {

    /** Certifications and exam codes keep links, notes and inferred fields, but no publication date. */
    static final String UNDATED = "is not kept here; name the date in notes or a link's label";

    @Override
    public void check(CrossField.Rejections rejections) {
        if (source != null && source.publishedOn() != null) {
            rejections.reject("source.publishedOn", UNDATED);
        }
    }
}
