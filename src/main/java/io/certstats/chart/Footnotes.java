package io.certstats.chart;

import io.certstats.provenance.SourceLink;

import java.util.ArrayList;
import java.util.List;

/** The source lines under a chart: one per link, each with its label and where it is drawn. */
public final class Footnotes {

    public record Line(String label, String url, String note, int y) {
    }

    private Footnotes() {
    }

    /** The lines of the links, from {@code top} down, one every 16 pixels. */
    static List<Line> of(String label, List<SourceLink> links, String note, int top) {
        List<Line> lines = new ArrayList<>();
        for (SourceLink link : links) {
            lines.add(new Line(label, link.url(), note == null ? (link.label() == null ? "" : link.label()) : note,
                    top + 16 * lines.size()));
        }
        return lines;
    }
}
