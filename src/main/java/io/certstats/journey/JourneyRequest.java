package io.certstats.journey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A person's exam history, as sent; every field is checked by {@link HistoryParser}. */
@Schema(name = "JourneyRequest", additionalProperties = Schema.False.class, description = "A person's exam history.")
public record JourneyRequest(
        @Schema(description = "Every exam attempt, in any order; at most 500.", required = true, maxItems = 500)
        List<AttemptInput> attempts,
        @Schema(description = "The day to evaluate, ISO-8601; default today (UTC).", example = "2025-06-30")
        String asOf,
        @Schema(description = "JPY or USD; default JPY.", enumeration = {"JPY", "USD"}, example = "JPY")
        String currency) {

    @Schema(name = "JourneyAttempt", additionalProperties = Schema.False.class, description = "One exam attempt.")
    public record AttemptInput(
            @Schema(description = "The certification's slug or any of its exam codes.", required = true,
                    example = "SAA-C03") String certification,
            @Schema(description = "The day (2024-09-02) or, if not known, the month (2024-09).", required = true,
                    example = "2024-09-02") String date,
            @Schema(description = "Whether the attempt was passed.", required = true, example = "true")
            Boolean passed) {
    }
}
