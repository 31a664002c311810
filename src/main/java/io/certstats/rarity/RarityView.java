package io.certstats.rarity;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.certstats.population.Population;
import io.certstats.population.PopulationView;
import io.certstats.program.Program;
import io.certstats.program.ProgramYear;
import io.certstats.provenance.EvidenceGrade;
import io.certstats.provenance.PartialDate;
import io.certstats.provenance.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;

@Schema(name = "Rarity", description = "A count measured against a population base.")
public record RarityView(
        @Schema(description = "The program whose count this is; null for a caller's own numbers.",
                example = "jp-all-certifications-engineers", nullable = true) String program,
        @Schema(description = "The program's name in that year.", example = "Japan AWS All Certifications Engineers",
                nullable = true) String programName,
        @Schema(description = "The year of the count; null for a caller's own numbers.", example = "2024",
                nullable = true) Integer year,
        @Schema(example = "1222") long count,
        @Schema(description = "Provenance of the count; null for a caller's own numbers.", nullable = true)
        Source countSource,
        @Schema(description = "The base; for a caller's own numbers only its value is set.") PopulationView base,
        @JsonUnwrapped Rarity rarity,
        @Schema(description = "What to keep in mind reading these figures: years that differ, units that differ.")
        List<String> notes,
        @Schema(description = "The weaker evidence grade of the count and the base; null for a caller's own numbers.",
                nullable = true) EvidenceGrade grade) {

    /** A program year's published count against a population base, with both figures' sources. */
    static RarityView published(Program program, ProgramYear counted, Population population) {
        return new RarityView(program.slug, counted.name, counted.year, counted.count,
                Source.of(counted.sources, PartialDate.iso(counted.publishedOn), counted.notes, counted.inferred,
                        counted.grade),
                PopulationView.of(population), Rarity.of(counted.count, population.value),
                notes(program, counted, population), EvidenceGrade.weakest(counted.grade, population.grade));
    }

    /** A caller's own numbers: no provenance, no notes. */
    static RarityView whatIf(long count, long base) {
        return new RarityView(null, null, null, count, null,
                new PopulationView(null, "a base given by the caller", base, null, null, null), Rarity.of(count, base),
                List.of(), null);
    }

    /** Caveats a reader needs: a base from another year, or a base that counts something else. */
    static List<String> notes(Program program, ProgramYear counted, Population population) {
        List<String> notes = new ArrayList<>();
        if (population.asOf == null) {
            notes.add("The year the base's figure refers to is not known; the count is for " + counted.year + ".");
        } else if (population.asOf.firstDay().getYear() != counted.year) {
            notes.add("The base's figure is as of " + population.asOf.iso() + "; the count is for " + counted.year + ".");
        }
        if (!program.unit.equals(population.unit)) {
            notes.add("The count is of " + program.unit + " but the base counts " + population.unit
                    + ": the ratio compares the two, it is not a share of the base.");
        }
        return notes;
    }
}
