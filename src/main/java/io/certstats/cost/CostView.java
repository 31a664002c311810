package io.certstats.cost;

import io.certstats.formats.Tabular;
import io.certstats.provenance.SourceLink;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "ProgramYearCost", description = "What it costs to earn a program year's required certifications "
        + "from nothing: at list price, and on the cheapest path with vouchers.")
public record CostView(
        @Schema(example = "jp-all-certifications-engineers") String program,
        @Schema(example = "2025") int year,
        @Schema(example = "JPY") Currency currency,
        @Schema(description = "Whether the amounts include consumption tax.", example = "true") boolean taxIncluded,
        @Schema(description = "The day whose fees are used: 1 January of the year.", example = "2025-01-01")
        LocalDate pricesOn,
        @Schema(description = "Every exam at its list fee.") PlanView listPrice,
        @Schema(description = "The cheapest path with the voucher each pass grants.") PlanView withVouchers,
        @Schema(description = "listPrice.totals.total less withVouchers.totals.total.", example = "187000")
        BigDecimal savedByVouchers,
        @Schema(description = "What the computation assumes, in words.") List<String> assumptions,
        @Schema(description = "Sources of the fees, the voucher rule and the tax rate used.") List<SourceLink> sources)
        implements Tabular {

    /** In CSV: one row per exam of the cheapest path (each row shows the list fee too). */
    @Override
    public List<?> rows() {
        return withVouchers.exams();
    }
}
