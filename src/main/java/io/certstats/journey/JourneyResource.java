package io.certstats.journey;

import io.certstats.formats.Format;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/journeys/evaluate")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Journeys", description = "What a person's exam history amounts to. Stateless: nothing sent is stored.")
public class JourneyResource {

    @Inject JourneyService journeys;

    @POST
    @Operation(operationId = "evaluateJourney")
    public JourneyView evaluate(@Valid @NotNull(message = "is required: a JSON object with attempts")
                                JourneyRequest request) {
        return journeys.evaluate(request);
    }
}
