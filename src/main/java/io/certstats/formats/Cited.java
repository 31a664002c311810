package io.certstats.formats;

import java.util.List;

/**
 * An answer that is a citation: the items to cite, in order, which the renderer writes as CSL-JSON, BibTeX
 * or RIS ({@link CitationWriter}), as a {@link Drawing} is written as SVG.
 */
public interface Cited {

    List<Reference> references();
}
