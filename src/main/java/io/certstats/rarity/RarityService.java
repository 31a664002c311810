package io.certstats.rarity;

import io.certstats.population.Population;
import io.certstats.program.Program;
import io.certstats.program.ProgramCriterion;
import io.certstats.program.ProgramYear;
import io.certstats.errors.ApiException;
import io.certstats.errors.Problem;
import io.certstats.errors.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/** Reads the counts and bases that a rarity needs from the database, for the views to compute. */
@ApplicationScoped
public class RarityService {

    static final String DEFAULT_POPULATION = "jp-it-company-employees";

    /**
     * A program's published count for a year (default the latest with one) against a population base: a 400
     * problem naming an unknown program or base, a 404 problem when no count is published.
     */
    public RarityView published(String program, Integer year, String population) {
        List<Problem.ParameterError> unknown = new ArrayList<>();
        Program found = program(program, unknown);
        String populationSlug = population == null ? DEFAULT_POPULATION : population;
        Population base = Population.findById(populationSlug);
        if (base == null) {
            unknown.add(Problem.ParameterError.query("population",
                    "must be one of the population bases at /api/v1/populations, not '" + populationSlug + "'"));
        }
        if (!unknown.isEmpty()) {
            throw ApiException.badParameters(unknown);
        }
        ProgramYear counted = (year == null ? ProgramYear.latestPublished(found.slug)
                : ProgramYear.find(found.slug, year).filter(y -> y.count != null))
                .orElseThrow(() -> new ApiException(ProblemType.NO_COUNT, year == null
                        ? "No count is published for any year of program '" + found.slug + "'"
                        : "No count is published for program '" + found.slug + "' in " + year
                                + "; GET /api/v1/programs/" + found.slug + "/years shows the years that have one"));
        return RarityView.published(found, counted, base);
    }

    /** A caller's own count against their own base. */
    public RarityView whatIf(long count, long base) {
        return RarityView.whatIf(count, base);
    }

    /** Every year from {@code first} to {@code last} with a published count against every base. */
    public RarityMatrix matrix(String program, int first, int last) {
        List<Problem.ParameterError> unknown = new ArrayList<>();
        Program found = program(program, unknown);
        if (!unknown.isEmpty()) {
            throw ApiException.badParameters(unknown);
        }
        return RarityMatrix.of(found, ProgramYear.ofProgram(found.slug), ProgramCriterion.countsByYear(found.slug),
                Population.listBySlug(), first, last);
    }

    private static Program program(String slug, List<Problem.ParameterError> unknown) {
        String wanted = slug == null ? Program.DEFAULT_SLUG : slug;
        Program found = Program.findById(wanted);
        if (found == null) {
            unknown.add(Problem.ParameterError.query("program",
                    "must be one of the programs at /api/v1/programs, not '" + wanted + "'"));
        }
        return found;
    }
}
