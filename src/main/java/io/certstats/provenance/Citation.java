package io.certstats.provenance;

import jakarta.persistence.Embeddable;
import jakarta.persistence.ManyToOne;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A figure's link to a source, a row of its table's link table ({@code <table>_sources}, V6), in the
 * order the data gives them.
 */
@Embeddable
public class Citation {

    @ManyToOne
    public SourceDocument source;

    /** What the data files say about the source for this figure, e.g. "2024-03-23 post". */
    public String label;

    /** A curator's links as rows; a URL no source has yet becomes a new source with only its URL. */
    public static List<Citation> of(List<SourceLink> links) {
        return Stream.ofNullable(links).flatMap(List::stream).map(link -> {
            Citation citation = new Citation();
            // The insert is a no-op where the URL has a source; a concurrent write may add the same one.
            SourceDocument.getEntityManager().createNativeQuery(
                    "insert into {h-schema}source (url) values (:url) on conflict (url) do nothing")
                    .setParameter("url", link.url()).executeUpdate();
            citation.source = SourceDocument.find("url", link.url()).firstResult();
            citation.label = link.label() == null || link.label().isBlank() ? null : link.label();
            return citation;
        }).collect(Collectors.toCollection(ArrayList::new)); // Hibernate keeps the list as its collection
    }

    public static List<SourceLink> links(List<Citation> citations) {
        return citations.stream().map(c -> new SourceLink(c.source.url, c.label)).toList();
    }
}
