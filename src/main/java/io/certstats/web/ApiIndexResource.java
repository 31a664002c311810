package io.certstats.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The entry point: what the API serves and where. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Index", description = "The API's entry point.")
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

    private static final ApiIndex INDEX = new ApiIndex("certstats",
            "AWS certification statistics: certifications, All Certifications Engineer counts by year, "
                    + "and their rarity against population bases, each figure with its source.",
            List.of(
                    new Link("certifications", "/api/v1/certifications",
                            "Every AWS certification, active and retired; filters level, status, activeOn"),
                    new Link("certification", "/api/v1/certifications/{slugOrExamCode}",
                            "One certification, by slug or any exam code"),
                    new Link("programs", "/api/v1/programs", "Recognition programs"),
                    new Link("program", "/api/v1/programs/{slug}", "One recognition program"),
                    new Link("program-years", "/api/v1/programs/{slug}/years",
                            "A program's count for each year, with the change from the previous one; from, to"),
                    new Link("program-year", "/api/v1/programs/{slug}/years/{year}",
                            "One year of a program, with the certifications its criteria required"),
                    new Link("populations", "/api/v1/populations", "Population bases to measure counts against"),
                    new Link("population", "/api/v1/populations/{slug}", "One population base"),
                    new Link("rarity", "/api/v1/rarity",
                            "A count against a population base: program, year, population; or count and base"),
                    new Link("program-year-cost", "/api/v1/programs/{slug}/years/{year}/cost",
                            "What earning a program year's certifications costs, at list price and with vouchers; "
                                    + "currency, tax"),
                    new Link("recertification", "/api/v1/recertification",
                            "The smallest set of exams that keeps a program year's set, its cost per cycle, and the "
                                    + "renewal graph; program, year, currency, tax"),
                    new Link("journey-evaluation", "/api/v1/journeys/evaluate",
                            "POST an exam history: certifications held, expiries, program years met, money spent")),
            List.of(
                    new Link("openapi", "/q/openapi", "This API's OpenAPI document"),
                    new Link("swagger-ui", "/q/swagger-ui", "The OpenAPI document, browsable"),
                    new Link("health", "/q/health", "Liveness and readiness")));

    @GET
    @Operation(operationId = "getApiIndex", summary = "List the API's resources")
    @APIResponse(responseCode = "200", description = "The index.")
    public ApiIndex index() {
        return INDEX;
    }
}
