package io.certstats.rarity;

import io.certstats.population.Population;
import io.certstats.population.PopulationView;
import io.certstats.program.Program;
import io.certstats.program.ProgramYear;
import io.certstats.provenance.PartialDate;
import io.certstats.provenance.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
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
        @Schema(description = "count / base, to 16 significant digits.", example = "0.0007756691257028311")
        BigDecimal ratio,
        @Schema(description = "count / base × 100.", example = "0.07756691257028311") BigDecimal percent,
        @Schema(description = "count / base × 1,000,000.", example = "775.6691257028311") BigDecimal perMillion,
        @Schema(description = "base / count: one in how many; null when the count is 0.", example = "1289.209492635025",
                nullable = true) BigDecimal oneIn,
        @Schema(description = "What to keep in mind reading these figures: years that differ, units that differ.")
        List<String> notes) {

    static RarityView of(String program, String programName, Integer year, long count, Source countSource,
                         PopulationView base, List<String> notes) {
        Rarity r = Rarity.of(count, base.value());
        return new RarityView(program, programName, year, count, countSource, base, r.ratio(), r.percent(),
                r.perMillion(), r.oneIn(), notes);
    }

    /** A program year's published count against a population base, with both figures' sources. */
    static RarityView published(Program program, ProgramYear counted, Population population) {
        return of(program.slug, counted.name, counted.year, counted.count,
                Source.of(counted.sources, PartialDate.iso(counted.publishedOn), counted.notes, counted.inferred),
                PopulationView.of(population), notes(program, counted, population));
    }

    /** A caller's own numbers: no provenance, no notes. */
    static RarityView whatIf(long count, long base) {
        return of(null, null, null, count, null,
                new PopulationView(null, "a base given by the caller", base, null, null, null), List.of());
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
