package io.certstats.cost;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.certstats.formats.Tabular;
import io.certstats.provenance.SourceLink;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

@Schema(name = "ProgramYearCost", description = "What it costs to earn a program year's required certifications "
        + "from nothing: at list price, and on the cheapest path with vouchers.")
public record CostView(
        @JsonUnwrapped PricedYear priced,
        @Schema(description = "Every exam at its list fee.") PlanView listPrice,
        @Schema(description = "The cheapest path with the voucher each pass grants.") PlanView withVouchers,
        @Schema(description = "listPrice.totals.total less withVouchers.totals.total.", example = "187000")
        BigDecimal savedByVouchers,
        @Schema(description = "What the computation assumes, in words.") List<String> assumptions,
        @Schema(description = "Sources of the fees, the voucher rule and the tax rate used.") List<SourceLink> sources)
        implements Tabular {

    /** Prices a program year's set both ways; pure, given the data it reads. */
    static CostView of(String program, int year, List<Exam> exams, PriceOptions options, Pricer pricer,
                       List<SourceLink> sources) {
        PricedYear priced = PricedYear.of(program, year, options);
        PlanView list = priced.atListPrice(exams, pricer);
        PlanView vouchers = priced.withVouchers(exams, pricer);
        List<String> assumptions = new ArrayList<>(priced.assumptions(pricer.benefits()));
        if (options.tax() && list.exams().stream().anyMatch(l -> l.tax() == null)) {
            assumptions.add("consumption-tax.csv records no rate for " + priced.pricesOn() + ": no tax is included.");
        }
        return new CostView(priced, list, vouchers, list.totals().total().subtract(vouchers.totals().total()),
                assumptions, sources);
    }

    /** In CSV: one row per exam of the cheapest path (each row shows the list fee too). */
    @Override
    public List<?> rows() {
        return withVouchers.exams();
    }
}
