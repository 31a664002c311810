package io.certstats.program;

import io.certstats.caching.ETags;
import io.certstats.curation.Curators;
import io.certstats.formats.Format;
import io.certstats.web.ApiException;
import io.certstats.web.Page;
import io.certstats.web.PageSchema;
import io.certstats.web.Paging;
import io.certstats.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.Map;

@Path("/api/v1/programs")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
@Tag(name = "Programs", description = "Recognition programs and their yearly counts, with each year's criteria.")
public class ProgramResource {

    /** The first and last year the API accepts; wide enough for any recognition program. */
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final ProgramYearCuration curation;
    private final ETags etags;

    public ProgramResource(ProgramYearCuration curation, ETags etags) {
        this.curation = curation;
        this.etags = etags;
    }

    @GET
    @Operation(operationId = "listPrograms", summary = "List recognition programs")
    @APIResponse(responseCode = "200", description = "One page of programs.",
            content = @Content(schema = @Schema(implementation = ProgramPage.class)))
    public Page<ProgramView> list(
            @Parameter(description = "Page number, from 1.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 100.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        Paging paging = Paging.parse(params, page, size);
        params.throwIfInvalid();
        // Cut the page first, then read the years of its programs only, in one query.
        Page<Program> programs = Page.of(Program.listBySlug(), paging);
        Map<String, List<ProgramYear>> years = ProgramYear.ofPrograms(programs.items().stream().map(p -> p.slug).toList());
        return programs.map(p -> ProgramView.of(p, years.getOrDefault(p.slug, List.of())));
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getProgram", summary = "Get one recognition program")
    @APIResponse(responseCode = "200", description = "The program.",
            content = @Content(schema = @Schema(implementation = ProgramView.class)))
    public ProgramView get(@Parameter(description = "The program's slug.", example = "jp-all-certifications-engineers")
                           @PathParam("slug") String slug) {
        return ProgramView.of(program(slug), ProgramYear.ofProgram(slug));
    }

    @GET
    @Path("/{slug}/years")
    @Operation(operationId = "listProgramYears", summary = "List a program's yearly counts",
            description = "Every year the data has, oldest first, with the count (null where none is published), "
                    + "the number of certifications required, and the change from the previous published year; "
                    + "and the compound annual growth over the range asked for.")
    @APIResponse(responseCode = "200", description = "One page of years.",
            content = @Content(schema = @Schema(implementation = ProgramYears.class)))
    public ProgramYears years(
            @Parameter(description = "The program's slug.", example = "jp-all-certifications-engineers")
            @PathParam("slug") String slug,
            @Parameter(description = "First year to include.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
            @QueryParam("from") String from,
            @Parameter(description = "Last year to include.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
            @QueryParam("to") String to,
            @Parameter(description = "Page number, from 1.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 100.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        int first = params.integer("from", from, MIN_YEAR, MAX_YEAR, MIN_YEAR);
        int last = params.integer("to", to, MIN_YEAR, MAX_YEAR, MAX_YEAR);
        if (first > last) {
            params.reject("from", "must not be after to (" + first + " > " + last + ")");
        }
        Paging paging = Paging.parse(params, page, size);
        params.throwIfInvalid();
        program(slug);
        // Changes are computed over every year, so the first year of a window still gets its change.
        List<ProgramYearView> years = ProgramYearView.ofAll(ProgramYear.ofProgram(slug),
                        ProgramCriterion.countsByYear(slug)).stream()
                .filter(y -> y.year() >= first && y.year() <= last).toList();
        return ProgramYears.of(Page.of(years, paging), Growth.of(years));
    }

    @GET
    @Path("/{slug}/years/{year}")
    @Operation(operationId = "getProgramYear", summary = "Get one year of a program, with its criteria",
            description = "The year's count and the full list of certifications its criteria required, where known.")
    @APIResponse(responseCode = "200", description = "The year.",
            content = @Content(schema = @Schema(implementation = ProgramYearDetailView.class)))
    public ProgramYearDetailView year(
            @Parameter(description = "The program's slug.", example = "jp-all-certifications-engineers")
            @PathParam("slug") String slug,
            @Parameter(description = "The year.", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000",
                    maximum = "2100", example = "2025"))
            @PathParam("year") String year) {
        QueryParams params = new QueryParams();
        int wanted = params.pathInteger("year", year, MIN_YEAR, MAX_YEAR);
        params.throwIfInvalid();
        program(slug);
        return ProgramYearDetailView.load(slug, wanted)
                .orElseThrow(() -> ApiException.notFound("The data has no year " + wanted + " for program '"
                        + slug + "'; GET /api/v1/programs/" + slug + "/years lists those it has"));
    }

    @PUT
    @Path("/{slug}/years/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SECURITY_SCHEME)
    @Tag(name = "Curation")
    @Operation(operationId = "putProgramYear", summary = "Record or change a program year (curators)",
            description = "Sets the year's count, criteria and source, e.g. next year's count once it is announced. "
                    + "To change a year, send If-Match with the ETag of the representation you edited (from its GET); "
                    + "to record a year the data does not have yet, send If-None-Match: *. The year must have begun. "
                    + "The write is kept in the audit trail.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgramYearUpdate.class)))
    @APIResponse(responseCode = "200", description = "Changed; the answer is the year's new representation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgramYearDetailView.class)))
    @APIResponse(responseCode = "201", description = "Recorded a year the data did not have (If-None-Match: *).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgramYearDetailView.class)))
    public RestResponse<ProgramYearDetailView> putYear(
            @Parameter(description = "The program's slug.", example = "jp-all-certifications-engineers")
            @PathParam("slug") String slug,
            @Parameter(description = "The year; it must have begun.", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "2000", maximum = "2100", example = "2025"))
            @PathParam("year") String year,
            @Parameter(description = "The ETag of the representation the change is based on.")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Parameter(description = "`*` to record a year the data does not have yet.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = "*"))
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            ProgramYearUpdate body) {
        ProgramYearCuration.Written written = curation.put(slug, year, body, ifMatch, ifNoneMatch);
        return RestResponse.ResponseBuilder.create(written.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                        written.view())
                .header(HttpHeaders.ETAG, etags.ofJson(written.view())).build();
    }

    static Program program(String slug) {
        return Program.<Program>findByIdOptional(slug).orElseThrow(() -> ApiException.notFound(
                "No program has the slug '" + slug + "'; GET /api/v1/programs lists them"));
    }

    @Schema(name = "ProgramPage")
    static final class ProgramPage extends PageSchema<ProgramView> {
    }
}
