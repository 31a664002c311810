package io.certstats.chart;

import io.certstats.formats.Drawing;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A chart as the API serves it: an SVG document, drawn from a read's answer by its template. Only its
 * text is ever sent (web/Representations documents it as such), so the record has no schema of its own.
 */
@Schema(hidden = true)
public record Chart(String svg) implements Drawing {
}
