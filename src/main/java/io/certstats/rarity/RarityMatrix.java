package io.certstats.rarity;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.certstats.formats.Tabular;
import io.certstats.population.Population;
import io.certstats.population.PopulationView;
import io.certstats.program.Program;
import io.certstats.program.ProgramYear;
import io.certstats.program.ProgramYearView;
import io.certstats.provenance.EvidenceGrade;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

@Schema(name = "RarityMatrix", description = "Every published year × every population base. The counts and the "
        + "bases, with their sources, are listed once; each cell refers to them by year and slug. In CSV, one row "
        + "per cell.")
public record RarityMatrix(
        @Schema(example = "jp-all-certifications-engineers") String program,
        @Schema(description = "The years of the range with a published count, with their sources.")
        List<ProgramYearView> years,
        @Schema(description = "Every population base, with its source.") List<PopulationView> populations,
        @Schema(description = "One cell per year and base, years oldest first.") List<Cell> cells) implements Tabular {

    /**
     * The matrix of a program's years (oldest first) from {@code first} to {@code last} that have a count,
     * against {@code bases}; {@code criteriaCounts} as {@link ProgramYearView#ofAll} takes it.
     */
    static RarityMatrix of(Program program, List<ProgramYear> years, Map<Integer, Long> criteriaCounts,
                           List<Population> bases, int first, int last) {
        List<ProgramYear> counted = years.stream()
                .filter(y -> y.count != null && y.year >= first && y.year <= last).toList();
        List<Cell> cells = counted.stream().flatMap(year -> bases.stream().map(base -> new Cell(year.year, base.slug,
                year.count, base.value, Rarity.of(year.count, base.value), RarityView.notes(program, year, base),
                EvidenceGrade.weakest(year.grade, base.grade))))
                .toList();
        List<ProgramYearView> views = ProgramYearView.ofAll(years, criteriaCounts).stream()
                .filter(y -> y.count() != null && y.year() >= first && y.year() <= last).toList();
        return new RarityMatrix(program.slug, views, bases.stream().map(PopulationView::of).toList(), cells);
    }

    @Override
    public List<?> rows() {
        return cells;
    }

    @Schema(name = "RarityCell", description = "A year's count against one population base.")
    public record Cell(
            @Schema(example = "2024") int year,
            @Schema(description = "The population base's slug.", example = "jp-it-company-employees") String population,
            @Schema(example = "1222") long count,
            @Schema(description = "The base's value.", example = "1575414") long base,
            @JsonUnwrapped Rarity rarity,
            @Schema(description = "Caveats, as in the rarity answer.") List<String> notes,
            @Schema(description = "The weaker evidence grade of the year's count and the base.") EvidenceGrade grade) {
    }
}
