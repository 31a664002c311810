package io.certstats.population;

import io.certstats.formats.Format;
import io.certstats.web.ApiException;
import io.certstats.web.Page;
import io.certstats.web.PageSchema;
import io.certstats.web.Paging;
import io.certstats.web.Problem;
import io.certstats.web.ProblemResponses;
import io.certstats.web.QueryParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/populations")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
@Tag(name = "Populations", description = "Population bases to measure counts against, with their sources.")
public class PopulationResource {

    @GET
    @Operation(operationId = "listPopulations", summary = "List population bases")
    @APIResponse(responseCode = "200", description = "One page of population bases.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PopulationPage.class),
                    examples = @ExampleObject(name = "first-two", value = PopulationExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; the problem names each one.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-size", value = ProblemResponses.BAD_PARAMETER)))
    public Page<PopulationView> list(
            @Parameter(description = "Page number, from 1.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "Items per page, 1 to 100.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
            @QueryParam("size") String size) {
        QueryParams params = new QueryParams();
        Paging paging = Paging.parse(params, page, size);
        params.throwIfInvalid();
        return Page.of(Population.listBySlug().stream().map(PopulationView::of).toList(), paging);
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getPopulation", summary = "Get one population base")
    @APIResponse(responseCode = "200", description = "The population base.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PopulationView.class),
                    examples = @ExampleObject(name = "employees", value = PopulationExamples.ONE)))
    @APIResponse(responseCode = "404", description = "No population base has that slug.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = PopulationExamples.UNKNOWN)))
    public PopulationView get(@Parameter(description = "The population's slug.", example = "jp-it-company-employees")
                              @PathParam("slug") String slug) {
        return Population.<Population>findByIdOptional(slug).map(PopulationView::of)
                .orElseThrow(() -> ApiException.notFound(
                        "No population base has the slug '" + slug + "'; GET /api/v1/populations lists them"));
    }

    @Schema(name = "PopulationPage")
    static final class PopulationPage extends PageSchema<PopulationView> {
    }
}
