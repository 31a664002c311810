package io.certstats.chart;

import io.certstats.formats.SvgTemplates;
import io.certstats.population.PopulationView;
import io.certstats.program.ProgramYearView;
import io.certstats.rarity.RarityMatrix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One year's count against every population base, as horizontal bars (count / base, the longest the
 * commonest), drawn from the rarity matrix ({@code GET /api/v1/rarity/matrix}) of that year; each bar is
 * labelled "1 in N" and its base links to the base's source.
 */
public final class RarityChart {

    static final String TEMPLATE = "charts/rarity";
    private static final int TOP = 60;
    private static final int ROW = 44;
    private static final int SIDE = 24;

    public record Row(String population, String description, String url, long count, long base, BigDecimal oneIn,
                      String label, String detail, int textY, int barY, int barWidth, int labelX, int valueY) {
    }

    public record Model(int width, int height, String lang, String title, String desc, int year, List<Row> rows,
                        List<Footnotes.Line> footer) {
    }

    private RarityChart() {
    }

    static Chart draw(RarityMatrix matrix, ProgramYearView year, Labels t, int width) {
        List<RarityMatrix.Cell> cells = matrix.cells().stream().filter(c -> c.year() == year.year()).toList();
        BigDecimal max = cells.stream().map(c -> c.rarity().ratio()).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        int plot = Math.max(40, width - 2 * SIDE - 230); // room for the label right of the longest bar
        List<Row> rows = new ArrayList<>();
        for (RarityMatrix.Cell cell : cells) {
            PopulationView base = matrix.populations().stream().filter(p -> p.slug().equals(cell.population()))
                    .findFirst().orElseThrow();
            int y = TOP + rows.size() * ROW;
            int bar = max.signum() == 0 ? 1 : Math.max(2, (int) Math.round(plot * cell.rarity().ratio().doubleValue()
                    / max.doubleValue()));
            String oneIn = cell.rarity().oneIn() == null ? "—" : t.get("rarity.oneIn", t.rounded(cell.rarity().oneIn()));
            rows.add(new Row(cell.population(), base.description(),
                    base.source().links().isEmpty() ? null : base.source().links().get(0).url(), cell.count(),
                    cell.base(), cell.rarity().oneIn(), oneIn,
                    t.get("rarity.bar", t.number(cell.count()), t.number(cell.base())),
                    y + 12, y + 18, bar, SIDE + bar + 8, y + 30));
        }
        int footerTop = TOP + rows.size() * ROW + 16;
        List<Footnotes.Line> footer = Footnotes.of(t.get("source") + " (" + year.year() + ")", year.source().links(),
                year.source().publishedOn() == null ? "" : t.get("published", year.source().publishedOn()), footerTop);
        String count = t.number(year.count());
        StringBuilder desc = new StringBuilder(t.get("rarity.desc", year.name(), count));
        rows.forEach(r -> desc.append(' ').append(r.description()).append(": ").append(r.label()).append('.'));
        return new Chart(SvgTemplates.render(TEMPLATE, new Model(width, footerTop + 16 * footer.size() + 12,
                t.language().code(), t.get("rarity.title", year.name(), String.valueOf(year.year())), desc.toString(),
                year.year(), rows, footer)));
    }
}
