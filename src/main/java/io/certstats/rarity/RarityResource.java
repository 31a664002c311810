package io.certstats.rarity;

import io.certstats.population.Population;
import io.certstats.population.PopulationView;
import io.certstats.program.Program;
import io.certstats.program.ProgramCriterion;
import io.certstats.program.ProgramYear;
import io.certstats.program.ProgramYearView;
import io.certstats.provenance.Source;
import io.certstats.formats.Format;
import io.certstats.errors.ApiException;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

@Path("/api/v1/rarity")
@Produces({MediaType.APPLICATION_JSON, Format.CSV_MEDIA_TYPE})
@Tag(name = "Rarity", description = "How rare a count is within a population base.")
public class RarityResource {

    static final String DEFAULT_PROGRAM = "jp-all-certifications-engineers";
    static final String DEFAULT_POPULATION = "jp-it-company-employees";

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
            return whatIf(params, count, base);
        }
        Integer wantedYear = params.integer("year", year, 2000, 2100);
        String populationSlug = population == null ? DEFAULT_POPULATION : population;
        Program found = program(params, program);
        Population basePopulation = Population.findById(populationSlug);
        if (basePopulation == null) {
            params.reject("population",
                    "must be one of the population bases at /api/v1/populations, not '" + populationSlug + "'");
        }
        params.throwIfInvalid();
        return published(found, wantedYear, basePopulation);
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
        Program found = program(params, program);
        params.throwIfInvalid();

        List<ProgramYear> counted = ProgramYear.ofProgram(found.slug).stream()
                .filter(y -> y.count != null && y.year >= first && y.year <= last).toList();
        List<Population> bases = Population.listBySlug();
        List<RarityMatrix.Cell> cells = new ArrayList<>();
        for (ProgramYear year : counted) {
            for (Population base : bases) {
                cells.add(RarityMatrix.Cell.of(year.year, base.slug, year.count, base.value, notes(found, year, base)));
            }
        }
        List<ProgramYearView> years = ProgramYearView.ofAll(ProgramYear.ofProgram(found.slug),
                        ProgramCriterion.countsByYear(found.slug)).stream()
                .filter(y -> y.count() != null && y.year() >= first && y.year() <= last).toList();
        return new RarityMatrix(found.slug, years, bases.stream().map(PopulationView::of).toList(), cells);
    }

    private static Program program(QueryParams params, String slug) {
        String wanted = slug == null ? DEFAULT_PROGRAM : slug;
        Program found = Program.findById(wanted);
        if (found == null) {
            params.reject("program", "must be one of the programs at /api/v1/programs, not '" + wanted + "'");
        }
        return found;
    }

    private static RarityView whatIf(QueryParams params, String count, String base) {
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
        PopulationView callersBase = new PopulationView(null, "a base given by the caller", b, null, null, null);
        return RarityView.of(null, null, null, c, null, callersBase, List.of());
    }

    private static RarityView published(Program program, Integer year, Population population) {
        ProgramYear counted = (year == null ? ProgramYear.latestPublished(program.slug)
                : ProgramYear.find(program.slug, year).filter(y -> y.count != null))
                .orElseThrow(() -> ApiException.noCount(year == null
                        ? "No count is published for any year of program '" + program.slug + "'"
                        : "No count is published for program '" + program.slug + "' in " + year
                                + "; GET /api/v1/programs/" + program.slug + "/years shows the years that have one"));
        return RarityView.of(program.slug, counted.name, counted.year, counted.count,
                Source.of(counted.sourceUrls, counted.publishedOn, counted.notes, counted.inferred),
                PopulationView.of(population), notes(program, counted, population));
    }

    /** Caveats a reader needs: a base from another year, or a base that counts something else. */
    static List<String> notes(Program program, ProgramYear counted, Population population) {
        List<String> notes = new ArrayList<>();
        if (population.asOf == null) {
            notes.add("The year the base's figure refers to is not known; the count is for " + counted.year + ".");
        } else if (!population.asOf.startsWith(Integer.toString(counted.year))) {
            notes.add("The base's figure is as of " + population.asOf + "; the count is for " + counted.year + ".");
        }
        if (!program.unit.equals(population.unit)) {
            notes.add("The count is of " + program.unit + " but the base counts " + population.unit
                    + ": the ratio compares the two, it is not a share of the base.");
        }
        return notes;
    }
}
