package io.certstats.population;

import io.certstats.errors.ApiException;
import io.certstats.web.Page;
import io.certstats.web.Paging;

import java.util.List;

/** The reads of population bases: a page of views, and one by slug. */
public final class PopulationCatalog {

    private PopulationCatalog() {
    }

    public static Page<PopulationView> list(Paging paging) {
        return Page.of(all(), paging);
    }

    /** Every population base: the rows of every page of {@link #list}. */
    public static List<PopulationView> all() {
        return Population.listBySlug().stream().map(PopulationView::of).toList();
    }

    public static PopulationView get(String slug) {
        return Population.<Population>findByIdOptional(slug).map(PopulationView::of)
                .orElseThrow(() -> ApiException.notFound(
                        "No population base has the slug '" + slug + "'; GET /api/v1/populations lists them"));
    }
}
