package io.certstats.program;

import io.certstats.provenance.EvidenceGrade;
import io.certstats.provenance.PartialDate;
import io.certstats.provenance.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Schema(name = "ProgramYear", description = "A program's count for one year, with its provenance.")
public record ProgramYearView(
        @Schema(example = "2024") int year,
        @Schema(description = "The program's name that year.", example = "Japan AWS All Certifications Engineers")
        String name,
        @Schema(description = "How many were recognised; null when no count is published (or none was found).",
                example = "1222", nullable = true) Integer count,
        @Schema(description = "How many certifications that year's criteria required; null when not known.",
                example = "12", nullable = true) Integer requiredCertifications,
        @Schema(description = "Change from the previous year with a published count; null for the first such "
                + "year and for years without a count.", nullable = true) YearChange change,
        @Schema(description = "The post that stated the year's criteria; null when not known.", nullable = true,
                example = "https://aws.amazon.com/jp/blogs/psa/2024-japan-aws-all-certifications-engineers-criteria/")
        String criteriaUrl,
        Source source) {

    /**
     * The views of a program's years, oldest first, each with its change from the previous
     * year that has a count. {@code criteriaCounts} gives the number of criteria rows per year,
     * used where the data states no number of required certifications.
     */
    public static List<ProgramYearView> ofAll(List<ProgramYear> years, Map<Integer, Long> criteriaCounts) {
        List<ProgramYearView> views = new ArrayList<>(years.size());
        ProgramYear previous = null;
        for (ProgramYear y : years) {
            YearChange change = y.count == null || previous == null ? null
                    : YearChange.between(previous.year, previous.count, y.count,
                            EvidenceGrade.weakest(previous.grade, y.grade));
            views.add(of(y, change, criteriaCounts.get(y.year)));
            if (y.count != null) {
                previous = y;
            }
        }
        return views;
    }

    static ProgramYearView of(ProgramYear y, YearChange change, Long criteriaCount) {
        Integer required = y.requiredCertifications != null ? y.requiredCertifications
                : criteriaCount == null ? null : criteriaCount.intValue();
        return new ProgramYearView(y.year, y.name, y.count, required, change, y.criteriaUrl,
                Source.of(y.sources, PartialDate.iso(y.publishedOn), y.notes, y.inferred, y.grade));
    }
}
