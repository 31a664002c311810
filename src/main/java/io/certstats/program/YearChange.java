package io.certstats.program;

import io.certstats.provenance.EvidenceGrade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.MathContext;

@Schema(name = "YearChange", description = "Change from the previous year with a published count.")
public record YearChange(
        @Schema(description = "The previous year with a published count.", example = "2023") int fromYear,
        @Schema(description = "This year's count minus that year's.", example = "150") long absolute,
        @Schema(description = "The absolute change as a percentage of that year's count; null when that count is 0.",
                example = "13.99253731343284", nullable = true) BigDecimal percent,
        @Schema(description = "The weaker evidence grade of the two counts.") EvidenceGrade grade) {

    /** The change from {@code previous} (in {@code fromYear}) to {@code current}, graded by the weaker count. */
    public static YearChange between(int fromYear, long previous, long current, EvidenceGrade grade) {
        long absolute = current - previous;
        BigDecimal percent = previous == 0 ? null
                : BigDecimal.valueOf(absolute).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(previous), MathContext.DECIMAL64);
        return new YearChange(fromYear, absolute, percent, grade);
    }
}
