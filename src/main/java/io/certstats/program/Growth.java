package io.certstats.program;

import io.certstats.provenance.EvidenceGrade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

@Schema(name = "Growth", description = "Growth over the range asked for, from its first to its last year with a known "
        + "count. Years without a count stay gaps: nothing is interpolated. When fewer than two years of the range "
        + "have a count, the figures are null and reason says why.")
public record Growth(
        @Schema(description = "The first year of the range with a known count, the one growth is measured from; "
                + "null when none has one.", example = "2022", nullable = true) Integer fromYear,
        @Schema(description = "The last year of the range with a known count; null when fewer than two have one.",
                example = "2024", nullable = true) Integer toYear,
        @Schema(example = "340", nullable = true) Long fromCount,
        @Schema(example = "1222", nullable = true) Long toCount,
        @Schema(description = "Every year of the range with a known count, oldest first: the years used.",
                example = "[2022, 2023, 2024]") List<Integer> knownYears,
        @Schema(description = "Compound annual growth rate in percent over toYear − fromYear years: "
                + "((toCount / fromCount)^(1 / years) − 1) × 100; null when it cannot be computed (see reason).",
                example = "89.57", nullable = true) BigDecimal compoundAnnualGrowthPercent,
        @Schema(description = "The weakest evidence grade of the two counts used; null when none is used.",
                nullable = true) EvidenceGrade grade,
        @Schema(description = "Why compoundAnnualGrowthPercent is null; null when it is computed.",
                example = "fewer than two years of 2025-2026 have a known count (none has)", nullable = true)
        String reason) {

    /** Over the years given (oldest first), the range from {@code first} to {@code last}. */
    static Growth of(List<ProgramYearView> years, int first, int last) {
        List<ProgramYearView> known = years.stream().filter(y -> y.count() != null).toList();
        List<Integer> knownYears = known.stream().map(ProgramYearView::year).toList();
        if (known.size() < 2) {
            String which = known.isEmpty() ? "none has" : "only " + knownYears.get(0) + " has";
            return new Growth(known.isEmpty() ? null : knownYears.get(0), null,
                    known.isEmpty() ? null : (long) known.get(0).count(), null, knownYears, null, null,
                    "fewer than two years of " + first + "-" + last + " have a known count (" + which + ")");
        }
        ProgramYearView from = known.get(0);
        ProgramYearView to = known.get(known.size() - 1);
        EvidenceGrade grade = EvidenceGrade.weakest(from.source().grade(), to.source().grade());
        if (from.count() == 0) {
            return new Growth(from.year(), to.year(), 0L, (long) to.count(), knownYears, null, grade,
                    "the count of " + from.year() + " is 0: no rate grows from 0");
        }
        BigDecimal cagr = new BigDecimal((Math.pow((double) to.count() / from.count(),
                1.0 / (to.year() - from.year())) - 1) * 100, MathContext.DECIMAL64);
        return new Growth(from.year(), to.year(), (long) from.count(), (long) to.count(), knownYears, cagr, grade,
                null);
    }
}
