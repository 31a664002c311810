package io.certstats.cost;

import io.certstats.formats.Format;
import io.certstats.program.ProgramYearPath;
import io.certstats.vintage.Vintaged;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/programs/{slug}/years/{year}/cost")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
@Tag(name = "Costs", description = "What certifications cost to earn and to keep: fees, vouchers, tax.")
@Vintaged
public class ProgramCostResource {

    @Inject CostService costs;

    @GET
    @Operation(operationId = "getProgramYearCost")
    public CostView cost(@Valid @BeanParam ProgramYearPath path, @Valid @BeanParam PriceParams price) {
        return costs.ofYear(path.slug(), path.yearNumber(), price.options());
    }
}
