package io.certstats.recertification;

import io.certstats.cost.PriceParams;
import io.certstats.formats.Format;
import io.certstats.validation.Params;
import io.certstats.validation.YearParam;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/recertification")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
@Tag(name = "Recertification", description = "What keeping a set of certifications takes, through the renewal graph.")
public class RecertificationResource {

    @Inject RecertificationService plans;

    @GET
    @Operation(operationId = "getRecertificationPlan", summary = "The smallest set of exams that keeps a year's set",
            description = "The certifications of the program year's set that no other certification of the set "
                    + "renews (recertification.csv, followed through the graph): passing them once per validity "
                    + "cycle renews the whole set. With their cost per cycle at list price and with vouchers, at "
                    + "the fees in force on 1 January of the year, and the renewal graph for drawing.")
    @APIResponse(responseCode = "200", description = "The plan.")
    public RecertificationView plan(
            @Parameter(description = "The program; default jp-all-certifications-engineers.",
                    example = "jp-all-certifications-engineers")
            @QueryParam("program") String program,
            @Parameter(description = "The year whose set to keep; default the latest year with known criteria.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = YearParam.FIRST_TEXT,
                            maximum = YearParam.LAST_TEXT, example = "2025"))
            @QueryParam("year") @YearParam String year,
            @Valid @BeanParam PriceParams price) {
        return plans.plan(program, year == null ? null : Params.wholeNumber(year, YearParam.FIRST), price.options());
    }
}
