package io.certstats.web;

import io.certstats.vintage.Vintaged;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The entry point: what the API serves and where. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Index", description = "The API's entry point.")
@Vintaged
public class ApiIndexResource {

    @Schema(name = "ApiIndex", description = "The API's resources and documents, with their URLs.")
    public record ApiIndex(
            @Schema(example = "certstats") String name,
            String description,
            List<Link> resources,
            List<Link> documents) {
    }

    @Schema(name = "Link", description = "A named URL.")
    public record Link(
            @Schema(example = "certifications") String name,
            @Schema(example = "/api/v1/certifications") String href,
            @Schema(example = "Every AWS certification, active and retired") String description) {
    }

    /** The index's content, a data file beside the operations' documentation; read once. */
    private static final ApiIndex INDEX = OperationDocs.read("openapi/api-index.json", ApiIndex.class,
            "the index's content");

    @GET
    @Operation(operationId = "getApiIndex")
    public ApiIndex index() {
        return INDEX;
    }
}
