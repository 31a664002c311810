package io.certstats.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * The shape of {@link Page} for the spec only: each list resource extends it with a named
 * subclass so that generated clients get a type per list (CertificationPage, …) rather than a
 * name the generator invents.
 */
public abstract class PageSchema<T> {
    public List<T> items;
    @Schema(description = "How many items match, on all pages.", example = "6")
    public long total;
    @Schema(description = "This page's number, from 1.", example = "1")
    public int page;
    @Schema(description = "The page size asked for.", example = "50")
    public int size;
}
