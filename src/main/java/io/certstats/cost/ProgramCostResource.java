package io.certstats.cost;

import io.certstats.formats.Format;
import io.certstats.errors.Problem;
import io.certstats.validation.Params;
import io.certstats.validation.YearParam;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/programs/{slug}/years/{year}/cost")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
@Tag(name = "Costs", description = "What certifications cost to earn and to keep: fees, vouchers, tax.")
public class ProgramCostResource {

    private final CostService costs;

    public ProgramCostResource(CostService costs) {
        this.costs = costs;
    }

    @GET
    @Operation(operationId = "getProgramYearCost", summary = "What earning a program year's set costs",
            description = "The cost of earning every certification a program year required, from nothing, at the "
                    + "fees in force on 1 January of that year: at list price, and on the cheapest path with the "
                    + "voucher each pass grants (the cheapest exam in full, each later one with the voucher of the "
                    + "pass before it). Both with totals, totals by level and each exam; in JPY or USD; with "
                    + "Japan's consumption tax for JPY if asked. The answer states its assumptions.")
    @APIResponse(responseCode = "200", description = "The cost.",
            content = @Content(schema = @Schema(implementation = CostView.class)))
    public CostView cost(
            @Parameter(description = "The program's slug.", example = "jp-all-certifications-engineers")
            @PathParam("slug") String slug,
            @Parameter(description = "The year.", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = YearParam.FIRST_TEXT, maximum = YearParam.LAST_TEXT, example = "2025"))
            @PathParam("year") @YearParam String year,
            @Valid @BeanParam PriceParams price) {
        return costs.ofYear(slug, Params.wholeNumber(year, YearParam.FIRST), price.options());
    }
}
