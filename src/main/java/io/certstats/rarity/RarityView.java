package io.certstats.rarity;

import io.certstats.population.PopulationView;
import io.certstats.provenance.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
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
}
