package io.certstats.population;

import io.certstats.citation.CitationView;
import io.certstats.citation.Citations;
import io.certstats.caching.ETags;
import io.certstats.curation.Curators;
import io.certstats.formats.Format;
import io.certstats.vintage.Vintaged;
import io.certstats.web.Page;
import io.certstats.web.PageSchema;
import io.certstats.web.Paging;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/populations")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
@Tag(name = "Populations", description = "Population bases to measure counts against, with their sources.")
@Vintaged
public class PopulationResource {

    @Inject PopulationCuration curation;
    @Inject ETags etags;
    @Inject Citations citations;

    @GET
    @Operation(operationId = "listPopulations")
    @APIResponseSchema(PopulationPage.class)
    public Page<PopulationView> list(@Valid @BeanParam Paging paging) {
        return PopulationCatalog.list(paging);
    }

    @GET
    @Path("/{slug}/citation")
    @Produces({Format.CSL_JSON_MEDIA_TYPE, Format.BIBTEX_MEDIA_TYPE, Format.RIS_MEDIA_TYPE})
    @Operation(operationId = "getPopulationCitation")
    public CitationView citation(@Parameter(description = "The population's slug.", example = "jp-it-company-employees")
                                 @PathParam("slug") String slug) {
        PopulationView population = PopulationCatalog.get(slug);
        return citations.figure("population-" + population.slug(), population.description(),
                "/api/v1/populations/" + population.slug(), population.source());
    }

    @GET
    @Path("/{slug}")
    @Operation(operationId = "getPopulation")
    public PopulationView get(@Parameter(description = "The population's slug.", example = "jp-it-company-employees")
                              @PathParam("slug") String slug) {
        return PopulationCatalog.get(slug);
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON) // a write answers JSON only, as its spec says
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SECURITY_SCHEME)
    @Tag(name = "Curation")
    @Operation(operationId = "putPopulation")
    public RestResponse<PopulationView> put(
            @Parameter(description = "The population's slug.", example = "jp-it-companies")
            @PathParam("slug") String slug,
            @Parameter(description = "The ETag of the representation the change is based on.", required = true)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "is required: the population base as JSON") PopulationUpdate body) {
        PopulationView view = curation.put(slug, body, ifMatch);
        return RestResponse.ResponseBuilder.ok(view).header(HttpHeaders.ETAG, etags.ofJson(view)).build();
    }

    static final class PopulationPage extends PageSchema<PopulationView> {
    }
}
