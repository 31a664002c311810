package io.certstats.journey;

import io.certstats.cost.Currency;
import io.certstats.validation.IsoDate;
import io.certstats.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A person's exam history, as sent; the constraints check each field's form, {@link HistoryParser} what
 * needs the data (known certifications, the days each exam could be taken) and asOf.
 */
@Schema(name = "JourneyRequest", additionalProperties = Schema.False.class, description = "A person's exam history.")
public record JourneyRequest(
        @Schema(description = "Every exam attempt, in any order; at most 500.", required = true,
                maxItems = JourneyRequest.MAX_ATTEMPTS)
        @NotNull(message = "is required: a list of attempts, empty if there were none")
        @Size(max = JourneyRequest.MAX_ATTEMPTS, message = "must list at most {max} attempts")
        List<@NotNull(message = "must be an attempt object, not null") @Valid AttemptInput> attempts,
        @Schema(description = "The day to evaluate, ISO-8601; default today (UTC).", example = "2025-06-30")
        @IsoDate String asOf,
        @Schema(description = "JPY or USD; default JPY.", enumeration = {"JPY", "USD"}, example = "JPY")
        @OneOf(Currency.class) String currency) {

    public static final int MAX_ATTEMPTS = 500;

    @Schema(name = "JourneyAttempt", additionalProperties = Schema.False.class, description = "One exam attempt.")
    public record AttemptInput(
            @Schema(description = "The certification's slug or any of its exam codes.", required = true,
                    example = "SAA-C03")
            @NotBlank(message = "is required: a certification slug or exam code") String certification,
            @Schema(description = "The day (2024-09-02) or, if not known, the month (2024-09).", required = true,
                    example = "2024-09-02")
            @NotNull(message = "is required: a day (2024-09-02) or a month (2024-09)")
            @IsoDate(monthAllowed = true, pastOnly = true) String date,
            @Schema(description = "Whether the attempt was passed.", required = true, example = "true")
            @NotNull(message = "is required: true or false") Boolean passed) {
    }
}
