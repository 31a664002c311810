package io.certstats.errors;

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

/** Makes every problem's type URI dereferenceable: a short page saying what it means and how to fix the request. */
@Path("/problems")
@Tag(name = "Problems", description = "What each problem type means and how to fix the request.")
public class ProblemTypeResource {

    @GET
    @Path("/{slug}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(operationId = "getProblemType")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProblemTypeView.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    public ProblemTypeView get(@Parameter(description = "The problem type's slug.", example = "bad-parameter")
                               @PathParam("slug") String slug) {
        return ProblemType.ofSlug(slug).map(ProblemTypeView::of).orElseThrow(() -> ApiException.notFound(
                "No problem type has the slug '" + slug + "'; a problem's type names its page."));
    }
}
