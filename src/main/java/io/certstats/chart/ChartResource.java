package io.certstats.chart;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/charts")
@Produces(Format.SVG_MEDIA_TYPE)
@Tag(name = "Charts", description = "The figures drawn as SVG, from the same answers as the JSON reads.")
@Vintaged
public class ChartResource {

    @Inject Charts charts;

    @GET
    @Path("/counts")
    @Operation(operationId = "getCountsChart")
    public Chart counts(@Valid @BeanParam ChartParams params) {
        return charts.counts(params);
    }

    @GET
    @Path("/rarity")
    @Operation(operationId = "getRarityChart")
    public Chart rarity(@Valid @BeanParam ChartParams params,
                        @Parameter(description = "The year of the count; default the latest year with a published count.",
                                example = "2024", schema = @Schema(ref = YearParam.SCHEMA))
                        @QueryParam("year") @YearParam String year) {
        return charts.rarity(params, Params.year(year));
    }

    @GET
    @Path("/cost")
    @Operation(operationId = "getCostChart")
    public Chart cost(@Valid @BeanParam ChartParams params,
                      @Parameter(description = "The program year to price; default the latest year with known criteria.",
                              example = "2025", schema = @Schema(ref = YearParam.SCHEMA))
                      @QueryParam("year") @YearParam String year) {
        return charts.cost(params, Params.year(year));
    }

    @GET
    @Path("/recertification")
    @Operation(operationId = "getRecertificationChart")
    public Chart recertification(@Valid @BeanParam ChartParams params,
                                 @Parameter(description = "The year whose set to keep; default the latest year with "
                                         + "known criteria.", example = "2025", schema = @Schema(ref = YearParam.SCHEMA))
                                 @QueryParam("year") @YearParam String year) {
        return charts.recertification(params, Params.year(year));
    }
}
