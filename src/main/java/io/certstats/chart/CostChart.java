package io.certstats.chart;

import io.certstats.cost.CostView;
import io.certstats.formats.SvgTemplates;

import java.math.BigDecimal;
import java.util.List;

/**
 * What earning a program year's set costs, at list price and with vouchers, as two bars, drawn from the
 * program year's cost ({@code GET /api/v1/programs/{slug}/years/{year}/cost}); the footer lists its sources.
 */
public final class CostChart {

    static final String TEMPLATE = "charts/cost";
    private static final int SIDE = 24;
    private static final int TOP = 60;

    public record Bar(String kind, String label, BigDecimal total, String amount, String exams, int textY, int barY,
                      int barWidth, int valueX, int valueY, String css) {
    }

    public record Model(int width, int height, String lang, String title, String desc, String program, int year,
                        String currency, List<Bar> bars, String saved, BigDecimal savedValue, int savedY,
                        List<Footnotes.Line> footer) {
    }

    private CostChart() {
    }

    static Chart draw(CostView cost, String programName, Labels t, int width) {
        String currency = cost.priced().currency().name();
        BigDecimal list = cost.listPrice().totals().total();
        BigDecimal vouchers = cost.withVouchers().totals().total();
        BigDecimal max = list.max(vouchers).signum() == 0 ? BigDecimal.ONE : list.max(vouchers);
        int plot = Math.max(40, width - 2 * SIDE - 130);
        Bar listBar = bar("list", t.get("cost.list"), list, cost.listPrice().totals().exams(), 0, max, plot, "bar", currency, t);
        Bar voucherBar = bar("vouchers", t.get("cost.vouchers"), vouchers, cost.withVouchers().totals().exams(), 1, max,
                plot, "bar alt", currency, t);
        int savedY = TOP + 2 * 52 + 8;
        List<Footnotes.Line> footer = Footnotes.of(t.get("source"), cost.sources(), null, savedY + 28);
        String year = String.valueOf(cost.priced().year());
        String saved = t.get("cost.saved", t.money(cost.savedByVouchers(), currency));
        String desc = t.get("cost.desc", currency) + " " + listBar.label() + ": " + listBar.amount() + ". "
                + voucherBar.label() + ": " + voucherBar.amount() + ". " + saved + ".";
        return new Chart(SvgTemplates.render(TEMPLATE, new Model(width, savedY + 28 + 16 * footer.size() + 8,
                t.language().code(), t.get("cost.title", programName, year), desc, cost.priced().program(),
                cost.priced().year(), currency, List.of(listBar, voucherBar), saved, cost.savedByVouchers(), savedY,
                footer)));
    }

    private static Bar bar(String kind, String label, BigDecimal total, int exams, int index, BigDecimal max, int plot,
                           String css, String currency, Labels t) {
        int y = TOP + index * 52;
        int width = Math.max(2, (int) Math.round(plot * total.doubleValue() / max.doubleValue()));
        return new Bar(kind, label, total, t.money(total, currency), t.get("cost.exams", t.number(exams)), y + 12, y + 20,
                width, SIDE + width + 8, y + 34, css);
    }
}
