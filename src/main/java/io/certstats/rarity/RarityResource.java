package io.certstats.rarity;

import io.certstats.formats.Format;
import io.certstats.validation.Params;
import io.certstats.vintage.Vintaged;
import io.certstats.web.YearRange;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/rarity")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
@Tag(name = "Rarity", description = "How rare a count is within a population base.")
@Vintaged
public class RarityResource {

    @Inject RarityService rarities;

    @GET
    @Operation(operationId = "getRarity")
    public RarityView rarity(@Valid @BeanParam RarityParams params) {
        return params.ownNumbers() ? rarities.whatIf(Params.wholeNumber(params.count()),
                Params.wholeNumber(params.base()))
                : rarities.published(params.program(), params.yearValue(), params.population());
    }

    @GET
    @Path("/matrix")
    @Operation(operationId = "getRarityMatrix")
    public RarityMatrix matrix(
            @Parameter(description = "The program; default jp-all-certifications-engineers.",
                    example = "jp-all-certifications-engineers")
            @QueryParam("program") String program,
            @Valid @BeanParam YearRange range) {
        return rarities.matrix(program, range.first(), range.last());
    }
}
