package io.certstats.program;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

@Schema(name = "Growth", description = "Growth from the first to the last year of the range with a published count; "
        + "null when fewer than two years of the range have one.")
public record Growth(
        @Schema(example = "2024") int fromYear,
        @Schema(example = "2026") int toYear,
        @Schema(example = "1222") long fromCount,
        @Schema(example = "1500") long toCount,
        @Schema(description = "Compound annual growth rate in percent: ((toCount / fromCount)^(1 / years) − 1) × 100; "
                + "null when fromCount is 0.", example = "10.79", nullable = true)
        BigDecimal compoundAnnualGrowthPercent) {

    /** Over the years given (oldest first); null when fewer than two have a count. */
    static Growth of(List<ProgramYearView> years) {
        List<ProgramYearView> published = years.stream().filter(y -> y.count() != null).toList();
        if (published.size() < 2) {
            return null;
        }
        ProgramYearView first = published.get(0);
        ProgramYearView last = published.get(published.size() - 1);
        BigDecimal cagr = first.count() == 0 ? null : new BigDecimal((Math.pow((double) last.count() / first.count(),
                1.0 / (last.year() - first.year())) - 1) * 100, MathContext.DECIMAL64);
        return new Growth(first.year(), last.year(), first.count(), last.count(), cagr);
    }
}
