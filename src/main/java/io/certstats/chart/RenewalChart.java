package io.certstats.chart;

import io.certstats.formats.SvgTemplates;
import io.certstats.recertification.RecertificationView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The renewal graph of a program year's set ({@code GET /api/v1/recertification}): the renewal exams in
 * the left column, the certifications they renew in the right, and a line from A to B where passing A
 * also renews B (a curve on the left where B is itself a renewal exam). The footer gives a cycle's cost.
 */
public final class RenewalChart {

    static final String TEMPLATE = "charts/recertification";
    private static final int TOP = 80;
    private static final int ROW = 34;
    private static final int BOX_WIDTH = 64;
    private static final int BOX_HEIGHT = 24;

    public record Node(String code, String name, boolean renewing, int x, int y, int textX, int textY) {
    }

    public record Edge(String from, String to, String path) {
    }

    public record Model(int width, int height, String lang, String title, String desc, String program, int year,
                        String head, String leftHead, String rightHead, int leftX, int rightX, List<Node> nodes, List<Edge> edges,
                        String cycle, int cycleY, List<Footnotes.Line> footer) {
    }

    private RenewalChart() {
    }

    static Chart draw(RecertificationView plan, String programName, Labels t, int width) {
        int leftX = Math.max(48, width / 6);
        int rightX = width - leftX - BOX_WIDTH;
        List<Node> nodes = new ArrayList<>();
        Map<String, Node> byCode = new HashMap<>();
        int left = 0;
        int right = 0;
        for (RecertificationView.Node node : plan.graph().nodes()) {
            boolean renewing = node.renewalExam();
            int x = renewing ? leftX : rightX;
            int y = TOP + (renewing ? left++ : right++) * ROW;
            Node drawn = new Node(node.certification(), node.name(), renewing, x, y, x + BOX_WIDTH / 2, y + 16);
            nodes.add(drawn);
            byCode.put(drawn.code(), drawn);
        }
        List<Edge> edges = new ArrayList<>();
        for (RecertificationView.Edge edge : plan.graph().edges()) {
            Node from = byCode.get(edge.renewing());
            Node to = byCode.get(edge.alsoRenews());
            if (from == null || to == null) {
                continue;
            }
            int y1 = from.y() + BOX_HEIGHT / 2;
            int y2 = to.y() + BOX_HEIGHT / 2;
            String path;
            if (from.renewing() != to.renewing()) { // across: a straight line between the columns
                Node l = from.renewing() ? from : to;
                Node r = from.renewing() ? to : from;
                path = "M" + (l.x() + BOX_WIDTH) + " " + (l == from ? y1 : y2) + " L" + r.x() + " " + (r == to ? y2 : y1);
            } else if (from.renewing()) { // within the left column: a curve on its left
                path = "M" + from.x() + " " + y1 + " C" + (from.x() - 36) + " " + y1 + " " + (to.x() - 36) + " " + y2
                        + " " + to.x() + " " + y2;
            } else { // within the right column: a curve on its right
                int side = from.x() + BOX_WIDTH;
                path = "M" + side + " " + y1 + " C" + (side + 36) + " " + y1 + " " + (side + 36) + " " + y2 + " " + side
                        + " " + y2;
            }
            edges.add(new Edge(from.code(), to.code(), path));
        }
        int cycleY = TOP + Math.max(left, right) * ROW + 20;
        String currency = plan.priced().currency().name();
        String cycle = t.get("recert.cycle", String.valueOf(plan.cycleYears()),
                t.money(plan.listPrice().totals().total(), currency), t.money(plan.withVouchers().totals().total(), currency));
        List<Footnotes.Line> footer = Footnotes.of(t.get("source"), plan.sources(), null, cycleY + 24);
        String year = String.valueOf(plan.priced().year());
        StringBuilder desc = new StringBuilder(t.get("recert.desc", t.number(plan.renewalExams().size()),
                String.valueOf(plan.cycleYears())));
        edges.forEach(e -> desc.append(' ').append(e.from()).append(" → ").append(e.to()).append('.'));
        desc.append(' ').append(cycle).append('.');
        return new Chart(SvgTemplates.render(TEMPLATE, new Model(width, cycleY + 24 + 16 * footer.size() + 8,
                t.language().code(), t.get("recert.title", programName, year), desc.toString(), plan.priced().program(),
                plan.priced().year(), t.get("recert.head", year), t.get("recert.renewing", t.number(left)), t.get("recert.renewed"), leftX, rightX,
                nodes, edges, cycle, cycleY, footer)));
    }
}
