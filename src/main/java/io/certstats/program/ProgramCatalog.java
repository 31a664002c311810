package io.certstats.program;

import io.certstats.errors.ApiException;
import io.certstats.web.Page;
import io.certstats.web.Paging;
import io.certstats.web.YearRange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The reads of recognition programs: pages of programs and of a program's years, one program, one year. */
public final class ProgramCatalog {

    private ProgramCatalog() {
    }

    public static Page<ProgramView> list(Paging paging) {
        // Cut the page first, then read the years of its programs only, in one query.
        Page<Program> programs = Page.of(Program.listBySlug(), paging);
        Map<String, List<ProgramYear>> years = ProgramYear.ofPrograms(programs.items().stream().map(p -> p.slug).toList());
        return programs.map(p -> ProgramView.of(p, years.getOrDefault(p.slug, List.of())));
    }

    /** Every program: the rows of every page of {@link #list}. */
    public static List<ProgramView> all() {
        List<Program> programs = Program.listBySlug();
        Map<String, List<ProgramYear>> years = ProgramYear.ofPrograms(programs.stream().map(p -> p.slug).toList());
        return programs.stream().map(p -> ProgramView.of(p, years.getOrDefault(p.slug, List.of()))).toList();
    }

    /** Every year of a program, oldest first, each with its change: the rows of every page of {@link #years}. */
    public static List<ProgramYearView> allYears(String slug) {
        return ProgramYearView.ofAll(ProgramYear.ofProgram(slug), ProgramCriterion.countsByYear(slug));
    }

    public static ProgramView get(String slug) {
        return ProgramView.of(program(slug), ProgramYear.ofProgram(slug));
    }

    public static ProgramYears years(String slug, YearRange range, Paging paging) {
        program(slug);
        // Changes are computed over every year, so the first year of a window still gets its change.
        List<ProgramYearView> years = allYears(slug).stream().filter(y -> range.includes(y.year())).toList();
        Page<ProgramYearView> page = Page.of(years, paging);
        return new ProgramYears(page.items(), page.total(), page.page(), page.size(),
                Growth.of(years, range.first(), range.last()));
    }

    /** The year, its criteria judged on {@code activeOn} (null: on its publication day, where the data gives one). */
    public static ProgramYearDetailView year(String slug, int year, LocalDate activeOn) {
        program(slug);
        return ProgramYearDetailView.load(slug, year, activeOn)
                .orElseThrow(() -> ApiException.notFound("The data has no year " + year + " for program '"
                        + slug + "'; GET /api/v1/programs/" + slug + "/years lists those it has"));
    }

    /** Every version of the year's figure up to {@code at} (null: now), from the data's history (V8). */
    public static ProgramYearHistory history(String slug, int year, Instant at) {
        program(slug);
        List<ProgramYearHistory.Version> versions = ProgramYearVersions.merge(ProgramYear.history(slug, year), at);
        if (versions.isEmpty()) {
            throw ApiException.notFound("The data has never had year " + year + " for program '" + slug
                    + "'; GET /api/v1/programs/" + slug + "/years lists those it has");
        }
        return new ProgramYearHistory(slug, year, versions);
    }

    /** The program with this slug, or a 404 problem. */
    public static Program program(String slug) {
        return Program.<Program>findByIdOptional(slug).orElseThrow(() -> ApiException.notFound(
                "No program has the slug '" + slug + "'; GET /api/v1/programs lists them"));
    }
}
