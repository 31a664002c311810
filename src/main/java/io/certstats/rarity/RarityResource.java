package io.certstats.rarity;

import io.certstats.formats.Format;
import io.certstats.errors.Problem;
import io.certstats.web.QueryParams;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Objects;
import java.util.stream.Stream;

@Path("/api/v1/rarity")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
@Tag(name = "Rarity", description = "How rare a count is within a population base.")
public class RarityResource {

    private final RarityService rarities;

    public RarityResource(RarityService rarities) {
        this.rarities = rarities;
    }

    @GET
    @Operation(operationId = "getRarity", summary = "Measure a count against a population base",
            description = "Either a program's published count for a year against a population base, with the "
                    + "provenance of both figures (`program`, `year`, `population`), or two numbers of your own "
                    + "(`count` and `base`), with no provenance. The two forms cannot be mixed.")
    @APIResponse(responseCode = "200", description = "The rarity.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RarityView.class),
                    examples = {
                            @ExampleObject(name = "2024-employees", value = RarityExamples.PUBLISHED),
                            @ExampleObject(name = "what-if", value = RarityExamples.WHAT_IF)}))
    @APIResponse(responseCode = "400", description = "A parameter is not valid, or the two forms are mixed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "count-over-base", value = RarityExamples.COUNT_OVER_BASE)))
    @APIResponse(responseCode = "404", description = "No count is published for that program year.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no-count", value = RarityExamples.NO_COUNT)))
    public RarityView rarity(
            @Parameter(description = "The program whose count to measure; default jp-all-certifications-engineers.",
                    example = "jp-all-certifications-engineers")
            @QueryParam("program") String program,
            @Parameter(description = "The year of the count; default the latest year with a published count.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100", example = "2024"))
            @QueryParam("year") String year,
            @Parameter(description = "The population base's slug; default jp-it-company-employees.",
                    example = "jp-it-companies")
            @QueryParam("population") String population,
            @Parameter(description = "Your own count (a whole number, 0 or more); use with base.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", example = "1500"))
            @QueryParam("count") String count,
            @Parameter(description = "Your own base (a whole number, 1 or more, not less than count); use with count.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1", example = "1575414"))
            @QueryParam("base") String base) {
        QueryParams params = new QueryParams();
        if (count != null || base != null) {
            Stream.of(program == null ? null : "program", year == null ? null : "year",
                            population == null ? null : "population").filter(Objects::nonNull)
                    .forEach(p -> params.reject(p, "cannot be combined with count and base"));
            if (count == null) {
                params.reject("count", "is required with base");
            }
            if (base == null) {
                params.reject("base", "is required with count");
            }
            Long c = params.nonNegativeLong("count", count);
            Long b = params.positiveLong("base", base);
            if (c != null && b != null && c > b) {
                params.reject("count", "must not be larger than base (" + c + " > " + b + ")");
            }
            params.throwIfInvalid();
            return rarities.whatIf(c, b);
        }
        Integer wantedYear = params.integer("year", year, 2000, 2100);
        params.throwIfInvalid();
        return rarities.published(program, wantedYear, population);
    }

    @GET
    @Path("/matrix")
    @Operation(operationId = "getRarityMatrix", summary = "Measure every published year against every base",
            description = "For a chart in one request: each year of the range with a published count, against each "
                    + "population base. In CSV, one row per year and base.")
    @APIResponse(responseCode = "200", description = "The matrix.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RarityMatrix.class),
                    examples = @ExampleObject(name = "2024", value = RarityExamples.MATRIX)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; the problem names each one.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad-range", value = RarityExamples.BAD_RANGE)))
    public RarityMatrix matrix(
            @Parameter(description = "The program; default jp-all-certifications-engineers.",
                    example = "jp-all-certifications-engineers")
            @QueryParam("program") String program,
            @Parameter(description = "First year to include.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
            @QueryParam("from") String from,
            @Parameter(description = "Last year to include.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
            @QueryParam("to") String to) {
        QueryParams params = new QueryParams();
        int first = params.integer("from", from, 2000, 2100, 2000);
        int last = params.integer("to", to, 2000, 2100, 2100);
        if (first > last) {
            params.reject("from", "must not be after to (" + first + " > " + last + ")");
        }
        params.throwIfInvalid();
        return rarities.matrix(program, first, last);
    }
}
