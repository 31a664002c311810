package io.certstats.certification;

import io.certstats.validation.IsoDate;
import io.certstats.validation.OneOf;
import io.certstats.validation.Params;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;

/** The filters of {@code GET /api/v1/certifications}, bound as text and checked by their constraints. */
public record CertificationFilter(
        @Parameter(description = "Only certifications of this level (case-insensitive).",
                schema = @Schema(implementation = Level.class))
        @QueryParam("level") @OneOf(Level.class) String levelText,
        @Parameter(description = "Only active or only retired certifications (case-insensitive).",
                schema = @Schema(implementation = Status.class))
        @QueryParam("status") @OneOf(Status.class) String statusText,
        @Parameter(description = "Only certifications offered on this day (ISO-8601 date): launched on or "
                + "before it and, if retired, not yet retired. Month-precision dates cover their whole month; "
                + "a date the data does not know does not exclude a certification (see launchedOn, retiredOn).",
                schema = @Schema(type = SchemaType.STRING, format = "date", example = "2024-06-20"))
        @QueryParam("activeOn") @IsoDate String activeOnText) {

    public Level level() {
        return Params.constant(levelText, Level.class);
    }

    public Status status() {
        return Params.constant(statusText, Status.class);
    }

    public LocalDate activeOn() {
        return Params.date(activeOnText);
    }
}
