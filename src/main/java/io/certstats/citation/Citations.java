package io.certstats.citation;

import io.certstats.formats.Reference;
import io.certstats.provenance.PartialDate;
import io.certstats.provenance.Source;
import io.certstats.provenance.SourceDocument;
import io.certstats.provenance.SourceLink;
import io.certstats.vintage.AsOf;
import io.certstats.vintage.Vintages;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds every citation the API serves: the dataset's, and a figure's, which names the figure's original
 * source (its first link, described by the {@code source} table where sources.csv knows more than the URL)
 * and certstats, which served it. The vintage of certstats' copy is when its data last changed, the
 * time a read's {@code Last-Modified} gives; its URL asks for that vintage ({@code asOf}), so a citation of a
 * figure that is later corrected still leads to the copy that was cited.
 */
@ApplicationScoped
public class Citations {

    static final String CERTSTATS = "certstats";

    private final Vintages vintages;
    private final String publicUrl;

    public Citations(Vintages vintages, @ConfigProperty(name = "certstats.public-url") String publicUrl) {
        this.vintages = vintages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** How to cite the dataset as a whole: certstats' API at the vintage the read answers from. */
    public CitationView dataset() {
        Instant changed = vintages.dataChangedAt();
        LocalDate vintage = day(changed);
        return new CitationView(List.of(new Reference(CERTSTATS, "dataset",
                "certstats: AWS certification statistics", CERTSTATS, null, publicUrl + "/api/v1" + asOf(changed),
                version(changed), vintage.toString(), vintage,
                "Counts, rarities, costs and recertification of AWS certifications, each figure with the public "
                        + "sources it was read at; the URL answers from the data as it stood then.")));
    }

    /**
     * How to cite one figure: certstats' copy of it (at {@code path}, the figure's own read), then its
     * original source where it has one.
     *
     * @param key   letters, digits and hyphens naming the figure, for the citation keys
     * @param title what the figure is, e.g. "Japan AWS All Certifications Engineers 2024"
     * @param source the provenance the figure's JSON read serves
     */
    public CitationView figure(String key, String title, String path, Source source) {
        Instant changed = vintages.dataChangedAt();
        LocalDate vintage = day(changed);
        List<Reference> references = new ArrayList<>();
        Reference original = source == null || source.links().isEmpty() ? null
                : original(key + "-source", source.links().get(0), source.publishedOn());
        references.add(new Reference(CERTSTATS + "-" + key, "dataset", title, CERTSTATS, CERTSTATS,
                publicUrl + path + asOf(changed), version(changed), vintage.toString(), vintage,
                original == null ? "certstats records no public source for this figure."
                        : "Compiled by certstats from " + (original.title().equals(original.url()) ? original.url()
                        : original.title() + " (" + original.url() + ")") + "."));
        if (original != null) {
            references.add(original);
        }
        return new CitationView(references);
    }

    /**
     * The original source: what sources.csv says of it, else the figure's own label and publication
     * date (a program year's {@code publishedOn}), else the URL as its title.
     */
    private static Reference original(String id, SourceLink link, String figurePublishedOn) {
        SourceDocument document = SourceDocument.byUrl(link.url()).orElse(null);
        String title = document != null && document.title != null ? document.title
                : link.label() != null ? link.label() : link.url();
        String issued = document != null && document.publishedOn != null ? PartialDate.iso(document.publishedOn)
                : figurePublishedOn;
        return new Reference(id, "webpage", title, document == null ? null : document.publisher, null, link.url(),
                null, issued, document == null ? null : document.accessedOn, null);
    }

    private static LocalDate day(Instant changed) {
        return LocalDate.ofInstant(changed, ZoneOffset.UTC);
    }

    private static String version(Instant changed) {
        return "data as of " + changed;
    }

    /** The query that asks a read for the data as it stood at that time. */
    private static String asOf(Instant changed) {
        return "?" + AsOf.PARAMETER + "=" + changed;
    }
}
