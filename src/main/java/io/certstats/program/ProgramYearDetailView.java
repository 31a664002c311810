package io.certstats.program;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.certstats.certification.Level;
import io.certstats.provenance.Citation;
import io.certstats.provenance.Source;
import io.certstats.provenance.SourceLink;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        Source criteriaSource) {

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

    /** The year as GET serves it (its change is computed over all the program's years), if the data has it. */
    static Optional<ProgramYearDetailView> load(String program, int year) {
        return ProgramYearView.ofAll(ProgramYear.ofProgram(program), ProgramCriterion.countsByYear(program))
                .stream().filter(y -> y.year() == year).findFirst()
                .map(view -> of(view, program, ProgramCriterion.ofYear(program, year)));
    }

    static ProgramYearDetailView of(ProgramYearView year, String program, List<ProgramCriterion> criteria) {
        List<RequiredCertification> required = criteria.isEmpty() ? null
                : criteria.stream().map(RequiredCertification::of).toList();
        return new ProgramYearDetailView(program, year, required, criteria.isEmpty() ? null : criteriaSource(criteria));
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
