package io.certstats.citation;

import io.certstats.formats.Cited;
import io.certstats.formats.Reference;

import java.util.List;

/** A citation as a read answers it: the items to cite, written as CSL-JSON, BibTeX or RIS by formats/Renderer. */
public record CitationView(List<Reference> references) implements Cited {
}
