package io.certstats.badge;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.certstats.formats.Drawing;
import io.certstats.formats.SvgTemplates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * A headline figure as a badge: in JSON the shields.io endpoint-badge schema (a README embeds
 * {@code https://img.shields.io/endpoint?url=…}), and the same badge drawn as SVG for embedding directly.
 */
@Schema(name = "Badge", description = "shields.io's endpoint badge: https://shields.io/badges/endpoint-badge")
public record Badge(
        @Schema(description = "Always 1: the version of shields.io's endpoint schema.", example = "1") int schemaVersion,
        @Schema(description = "The left-hand text.", example = "Japan AWS All Certifications Engineers 2024")
        String label,
        @Schema(description = "The right-hand text: the figure.", example = "1,222") String message,
        @Schema(description = "The right-hand colour, one of shields.io's named colours.", example = "blue")
        String color) implements Drawing {

    /** shields.io's named colours, as it draws them. */
    private static final Map<String, String> HEX = Map.of("blue", "#007ec6", "orange", "#fe7d37",
            "green", "#97ca00", "lightgrey", "#9f9f9f");
    /** Verdana 11px, as shields.io measures: about this many pixels a character, plus padding either side. */
    private static final double CHARACTER = 6.5;
    private static final int PADDING = 10;

    static Badge of(String label, String message, String color) {
        return new Badge(1, label, message, color);
    }

    /** What the template draws: the two halves' widths and text centres, from the texts' lengths. */
    public record Drawn(String label, String message, String color, int width, int labelWidth, int messageWidth,
                        int labelX, int messageX) {
    }

    @Override
    @JsonIgnore
    public String svg() {
        int labelWidth = width(label);
        int messageWidth = width(message);
        return SvgTemplates.render("badges/badge", new Drawn(label, message, HEX.getOrDefault(color, HEX.get("lightgrey")),
                labelWidth + messageWidth, labelWidth, messageWidth, labelWidth / 2, labelWidth + messageWidth / 2));
    }

    private static int width(String text) {
        return (int) Math.ceil(text.codePointCount(0, text.length()) * CHARACTER) + 2 * PADDING;
    }
}
