package io.certstats.cost;

import io.certstats.formats.Format;
import io.certstats.program.ProgramYearPath;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/programs/{slug}/years/{year}/cost")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
@Tag(name = "Costs", description = "What certifications cost to earn and to keep: fees, vouchers, tax.")
public class ProgramCostResource {

    @Inject CostService costs;

    @GET
    @Operation(operationId = "getProgramYearCost", summary = "What earning a program year's set costs",
            description = "The cost of earning every certification a program year required, from nothing, at the "
                    + "fees in force on 1 January of that year: at list price, and on the cheapest path with the "
                    + "voucher each pass grants (the cheapest exam in full, each later one with the voucher of the "
                    + "pass before it). Both with totals, totals by level and each exam; in JPY or USD; with "
                    + "Japan's consumption tax for JPY if asked. The answer states its assumptions.")
    @APIResponse(responseCode = "200", description = "The cost.")
    public CostView cost(@Valid @BeanParam ProgramYearPath path, @Valid @BeanParam PriceParams price) {
        return costs.ofYear(path.slug(), path.yearNumber(), price.options());
    }
}
