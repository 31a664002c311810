package io.certstats.formats;

/**
 * An answer that can be drawn: its SVG document, written by the feature that knows what it shows (from
 * its Qute template). The renderer sends it as {@code image/svg+xml} where the resource offers SVG.
 */
public interface Drawing {

    /** The whole SVG document, an XML document of its own. */
    String svg();
}
