package io.certstats.program;

import io.certstats.caching.ETags;
import io.certstats.citation.CitationView;
import io.certstats.citation.Citations;
import io.certstats.curation.Curators;
import io.certstats.formats.Format;
import io.certstats.vintage.Vintage;
import io.certstats.vintage.Vintaged;
import io.certstats.vintage.Vintages;
import io.certstats.web.Page;
import io.certstats.web.PageSchema;
import io.certstats.web.Paging;
import io.certstats.web.YearRange;
import io.certstats.validation.IsoDate;
import io.certstats.validation.Params;
import io.certstats.validation.YearParam;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/programs")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
@Tag(name = "Programs", description = "Recognition programs and their yearly counts, with each year's criteria.")
@Vintaged
public class ProgramResource {

    @Inject ProgramYearCuration curation;
    @Inject ETags etags;
    @Inject Citations citations;
    @Inject CurrentVertxRequest request;

    @GET
    @Operation(operationId = "listPrograms")
    @APIResponseSchema(ProgramPage.class)
    public Page<ProgramView> list(@Valid @BeanParam Paging paging) {
        return ProgramCatalog.list(paging);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getProgram")
    public ProgramView get(@Parameter(description = "The program's slug.", example = "jp-all-certifications-engineers")
                           @PathParam("slug") String slug) {
        return ProgramCatalog.get(slug);
    }

    @GET
    @Path("/{slug}/years")
    @Operation(operationId = "listProgramYears")
    public ProgramYears years(
            @Parameter(description = "The program's slug.", example = "jp-all-certifications-engineers")
            @PathParam("slug") String slug,
            @Valid @BeanParam YearRange range,
            @Valid @BeanParam Paging paging) {
        return ProgramCatalog.years(slug, range, paging);
    }

    @GET
    @Path("/{slug}/years/{year}")
    @Operation(operationId = "getProgramYear")
    public ProgramYearDetailView year(
            @Valid @BeanParam ProgramYearPath path,
            @Parameter(description = "The day to judge the year's criteria on (ISO-8601 date): availability then says "
                    + "whether each required certification could be taken that day by its own dates. Default: the "
                    + "day the year was published (source.publishedOn), when the data gives it to the day.",
                    schema = @Schema(type = SchemaType.STRING, format = "date", example = "2025-05-31"))
            @QueryParam("activeOn") @IsoDate String activeOn) {
        return ProgramCatalog.year(path.slug(), path.yearNumber(), Params.date(activeOn));
    }

    @GET
    @Path("/{slug}/years/{year}/citation")
    @Produces({Format.CSL_JSON_MEDIA_TYPE, Format.BIBTEX_MEDIA_TYPE, Format.RIS_MEDIA_TYPE})
    @Operation(operationId = "getProgramYearCitation")
    public CitationView citation(@Valid @BeanParam ProgramYearPath path) {
        ProgramYearDetailView year = ProgramCatalog.year(path.slug(), path.yearNumber(), null);
        return citations.figure(path.slug() + "-" + year.listed().year(),
                year.listed().name() + " " + year.listed().year(),
                "/api/v1/programs/" + path.slug() + "/years/" + year.listed().year(), year.listed().source());
    }

    @GET
    @Path("/{slug}/years/{year}/history")
    @Operation(operationId = "getProgramYearHistory")
    public ProgramYearHistory history(@Valid @BeanParam ProgramYearPath path) {
        Vintage vintage = Vintages.of(request.getCurrent());
        return ProgramCatalog.history(path.slug(), path.yearNumber(), vintage == null ? null : vintage.at());
    }

    @PUT
    @Path("/{slug}/years/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON) // a write answers JSON only, as its spec says
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SECURITY_SCHEME)
    @Tag(name = "Curation")
    @Operation(operationId = "putProgramYear")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgramYearDetailView.class)))
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgramYearDetailView.class)))
    public RestResponse<ProgramYearDetailView> putYear(
            @Parameter(description = "The program's slug.", example = "jp-all-certifications-engineers")
            @PathParam("slug") String slug,
            @Parameter(description = "The year; it must have begun.", example = "2025",
                    schema = @Schema(ref = YearParam.SCHEMA))
            @PathParam("year") @YearParam String year,
            @Parameter(description = "The ETag of the representation the change is based on.")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "`*` to record a year the data does not have yet.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = "*"))
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Valid @NotNull(message = "is required: the program year as JSON") ProgramYearUpdate body) {
        ProgramYearCuration.Written written = curation.put(slug, Params.wholeNumber(year, YearParam.FIRST), body,
                ifMatch, ifNoneMatch);
        return RestResponse.ResponseBuilder.create(written.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                        written.view())
                .header(HttpHeaders.ETAG, etags.ofJson(written.view())).build();
    }

    static final class ProgramPage extends PageSchema<ProgramView> {
    }
}
