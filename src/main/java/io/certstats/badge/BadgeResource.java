package io.certstats.badge;

import io.certstats.formats.Format;
import io.certstats.validation.Params;
import io.certstats.validation.YearParam;
import io.certstats.vintage.Vintaged;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/badges")
@Produces({MediaType.APPLICATION_JSON, Format.SVG_MEDIA_TYPE})
@Tag(name = "Badges", description = "Headline figures as shields.io endpoint badges (JSON) or as SVG badges.")
@Vintaged
public class BadgeResource {

    @Inject Badges badges;

    @GET
    @Path("/count")
    @Operation(operationId = "getCountBadge")
    public Badge count(
            @Parameter(description = "The program; default jp-all-certifications-engineers.",
                    example = "jp-all-certifications-engineers")
            @QueryParam("program") String program,
            @Parameter(description = "The year; default the latest year with a published count.", example = "2024",
                    schema = @Schema(ref = YearParam.SCHEMA))
            @QueryParam("year") @YearParam String year) {
        return badges.count(program, Params.year(year));
    }

    @GET
    @Path("/rarity")
    @Operation(operationId = "getRarityBadge")
    public Badge rarity(
            @Parameter(description = "The program; default jp-all-certifications-engineers.",
                    example = "jp-all-certifications-engineers")
            @QueryParam("program") String program,
            @Parameter(description = "The year; default the latest year with a published count.", example = "2024",
                    schema = @Schema(ref = YearParam.SCHEMA))
            @QueryParam("year") @YearParam String year,
            @Parameter(description = "The population base's slug; default jp-it-company-employees.",
                    example = "jp-it-companies")
            @QueryParam("population") String population) {
        return badges.rarity(program, Params.year(year), population);
    }

    @GET
    @Path("/cost")
    @Operation(operationId = "getCostBadge")
    public Badge cost(
            @Parameter(description = "The program; default jp-all-certifications-engineers.",
                    example = "jp-all-certifications-engineers")
            @QueryParam("program") String program,
            @Parameter(description = "The program year to price; default the latest year with known criteria.",
                    example = "2025", schema = @Schema(ref = YearParam.SCHEMA))
            @QueryParam("year") @YearParam String year) {
        return badges.cost(program, Params.year(year));
    }
}
