package io.certstats.program;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.certstats.certification.Certification;
import io.certstats.certification.Level;
import io.certstats.provenance.Citation;
import io.certstats.provenance.Source;
import io.certstats.provenance.SourceLink;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@Schema(name = "ProgramYearDetail",
        description = "A program's year with the certifications its criteria required, where known.")
public record ProgramYearDetailView(
        @Schema(example = "jp-all-certifications-engineers") String program,
        @JsonUnwrapped ProgramYearView listed,
        @Schema(description = "The certifications the year's criteria required; null when the data does not know them.",
                nullable = true) List<RequiredCertification> criteria,
        @Schema(description = "Provenance of the criteria list; null when it is not known.", nullable = true)
        Source criteriaSource,
        @Schema(description = "The criteria judged on one day: the request's activeOn, else the day the year was "
                + "published (source.publishedOn, when the data gives it to the day). Null when the criteria are "
                + "not known, or no activeOn is given and the data has no publication day.", nullable = true)
        YearAvailability availability) {

    @Schema(name = "RequiredCertification", description = "A certification a program year required.")
    public record RequiredCertification(
            @Schema(example = "solutions-architect-associate") String slug,
            @Schema(example = "SAA") String code,
            @Schema(example = "AWS Certified Solutions Architect – Associate") String name,
            Level level,
            @Schema(description = "The certification's current or last exam code; null when none is on record.",
                    example = "SAA-C03", nullable = true) String examCode) {

        static RequiredCertification of(ProgramCriterion c) {
            return new RequiredCertification(c.certification.slug, c.certification.code, c.certification.name,
                    c.certification.level, c.certification.currentExamCode());
        }
    }

    /**
     * The year as GET serves it (its change is computed over all the program's years), if the data has it, with its
     * criteria judged on {@code activeOn}, else on its publication day (a curator's write answers the latter).
     */
    static Optional<ProgramYearDetailView> load(String program, int year, LocalDate activeOn) {
        List<ProgramYear> years = ProgramYear.ofProgram(program);
        return ProgramYearView.ofAll(years, ProgramCriterion.countsByYear(program))
                .stream().filter(y -> y.year() == year).findFirst()
                .map(view -> of(view, program, ProgramCriterion.ofYear(program, year), YearAvailability.day(activeOn,
                        years.stream().filter(y -> y.year == year).findFirst().orElseThrow().publishedOn)));
    }

    private static ProgramYearDetailView of(ProgramYearView year, String program, List<ProgramCriterion> criteria,
                                            Optional<YearAvailability.JudgedOn> on) {
        if (criteria.isEmpty()) {
            return new ProgramYearDetailView(program, year, null, null, null);
        }
        YearAvailability availability = on.map(day -> YearAvailability.of(day,
                criteria.stream().map(c -> c.certificationCode).collect(Collectors.toSet()),
                Certification.filtered(null, null), Certification.availabilityOn(null, null, day.day()))).orElse(null);
        return new ProgramYearDetailView(program, year, criteria.stream().map(RequiredCertification::of).toList(),
                criteriaSource(criteria), availability);
    }

    /** Every source the criteria rows cite, once, and their distinct bases as notes. */
    private static Source criteriaSource(List<ProgramCriterion> criteria) {
        List<SourceLink> links = criteria.stream().flatMap(c -> Citation.links(c.sources).stream())
                .distinct().toList();
        String notes = criteria.stream().map(c -> c.basis).filter(b -> b != null).distinct()
                .collect(Collectors.joining("; "));
        return new Source(links, null, notes.isEmpty() ? null : notes, List.of(), null);
    }
}
