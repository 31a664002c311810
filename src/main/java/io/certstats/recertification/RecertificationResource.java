package io.certstats.recertification;

import io.certstats.cost.PriceParams;
import io.certstats.formats.Format;
import io.certstats.validation.Params;
import io.certstats.validation.YearParam;
import io.certstats.vintage.Vintaged;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/recertification")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
@Tag(name = "Recertification", description = "What keeping a set of certifications takes, through the renewal graph.")
@Vintaged
public class RecertificationResource {

    @Inject RecertificationService plans;

    @GET
    @Operation(operationId = "getRecertificationPlan")
    public RecertificationView plan(
            @Parameter(description = "The program; default jp-all-certifications-engineers.",
                    example = "jp-all-certifications-engineers")
            @QueryParam("program") String program,
            @Parameter(description = "The year whose set to keep; default the latest year with known criteria.",
                    example = "2025", schema = @Schema(ref = YearParam.SCHEMA))
            @QueryParam("year") @YearParam String year,
            @Valid @BeanParam PriceParams price) {
        return plans.plan(program, Params.year(year), price.options());
    }
}
