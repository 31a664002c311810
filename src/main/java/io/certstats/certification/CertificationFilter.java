package io.certstats.certification;

import io.certstats.validation.CrossField;
import io.certstats.validation.IsoDate;
import io.certstats.validation.OneOf;
import io.certstats.validation.Params;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.time.LocalDate;
import java.util.Locale;

/** The filters of {@code GET /api/v1/certifications}, bound as text and checked by their constraints. */
@CrossField
public record CertificationFilter(
        @Parameter(description = "Only certifications of this level (case-insensitive).",
                schema = @Schema(implementation = Level.class))
        @QueryParam("level") @OneOf(Level.class) String levelText,
        @Parameter(description = "Only active or only retired certifications (case-insensitive).",
                schema = @Schema(implementation = Status.class))
        @QueryParam("status") @OneOf(Status.class) String statusText,
        @Parameter(description = "Only certifications known to be offered on this day (ISO-8601 date), by their own "
                + "dates (launchedOn, their exam codes' dates, retiredOn). Each is AVAILABLE, UNAVAILABLE or "
                + "UNKNOWN that day; only the AVAILABLE ones are listed, and unknownCount (and the X-Unknown-Count "
                + "header) says how many are UNKNOWN. A month-precision date counts conservatively: the days of "
                + "its month are UNKNOWN unless another date settles them.",
                schema = @Schema(type = SchemaType.STRING, format = "date", example = "2024-06-20"))
        @QueryParam("activeOn") @IsoDate String activeOnText,
        @Parameter(description = "With activeOn: true to list the UNKNOWN ones too, each with its availability.",
                schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
        @QueryParam("includeUnknown")
        @Pattern(regexp = "(?i)\\s*(?:true|false)\\s*", message = "must be true or false, not '${validatedValue}'")
        String includeUnknownText) implements CrossField.Rule {

    public Level level() {
        return Params.constant(levelText, Level.class);
    }

    public Status status() {
        return Params.constant(statusText, Status.class);
    }

    public LocalDate activeOn() {
        return Params.date(activeOnText);
    }

    public boolean includeUnknown() {
        return includeUnknownText != null && includeUnknownText.strip().toLowerCase(Locale.ROOT).equals("true");
    }

    @Override
    public void check(CrossField.Rejections rejections) {
        if (includeUnknown() && (activeOnText == null || activeOnText.isEmpty())) {
            rejections.reject("includeUnknownText", "needs activeOn: unknown is said of a day");
        }
    }
}
