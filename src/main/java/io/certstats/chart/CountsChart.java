package io.certstats.chart;

import io.certstats.formats.SvgTemplates;
import io.certstats.program.ProgramYearView;

import java.util.ArrayList;
import java.util.List;

/**
 * A program's count by year as bars, drawn from the years the API lists ({@code GET
 * /api/v1/programs/{slug}/years}); a year without a published count is a dashed gap labelled unknown.
 * The footer names the source of the latest count and when it was published.
 */
public final class CountsChart {

    static final String TEMPLATE = "charts/counts";
    private static final int TOP = 64;
    private static final int BOTTOM = 88;
    private static final int SIDE = 24;
    private static final int GAP_HEIGHT = 28;

    /** One year: a bar, or a gap where no count is published. */
    public record Bar(int year, Integer count, String label, int x, int y, int width, int height, int centre, int labelY,
               int yearY) {
        public boolean known() {
            return count != null;
        }
    }

    /** What the template draws. */
    public record Model(int width, int height, String lang, String title, String desc, List<Bar> bars, int baseline,
                 int axisEnd, String legend, int legendY, List<Footnotes.Line> footer) {
    }

    private CountsChart() {
    }

    static Chart draw(List<ProgramYearView> years, Labels t, int width) {
        int height = Math.max(280, width / 2);
        int plotHeight = height - TOP - BOTTOM;
        int baseline = height - BOTTOM;
        long max = years.stream().filter(y -> y.count() != null).mapToLong(ProgramYearView::count).max().orElse(1);
        int slot = (width - 2 * SIDE) / Math.max(1, years.size());
        int barWidth = Math.max(8, slot * 3 / 5);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            ProgramYearView year = years.get(i);
            int x = SIDE + i * slot + (slot - barWidth) / 2;
            int h = year.count() == null ? GAP_HEIGHT : (int) Math.max(1, Math.round((double) plotHeight * year.count() / max));
            bars.add(new Bar(year.year(), year.count(), year.count() == null ? t.get("unknown") : t.number(year.count()),
                    x, baseline - h, barWidth, h, x + barWidth / 2, baseline - h - 8, baseline + 18));
        }
        ProgramYearView latest = years.stream().filter(y -> y.count() != null).reduce((a, b) -> b).orElse(null);
        List<Footnotes.Line> footer = latest == null ? List.of() : Footnotes.of(t.get("source") + " (" + latest.year()
                + ")", latest.source().links(), latest.source().publishedOn() == null ? ""
                : t.get("published", latest.source().publishedOn()), baseline + 60);
        String name = years.isEmpty() ? "" : years.get(years.size() - 1).name();
        StringBuilder desc = new StringBuilder(t.get("counts.desc"));
        bars.forEach(b -> desc.append(' ').append(b.year()).append(": ").append(b.label()).append('.'));
        return new Chart(SvgTemplates.render(TEMPLATE, new Model(width, height, t.language().code(),
                t.get("counts.title", name), desc.toString(), bars, baseline, width - 16, t.get("unknown.legend"),
                baseline + 40, footer)));
    }
}
