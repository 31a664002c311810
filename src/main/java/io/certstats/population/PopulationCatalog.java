package io.certstats.population;

import io.certstats.errors.ApiException;
import io.certstats.web.Page;
import io.certstats.web.Paging;

/** The reads of population bases: a page of views, and one by slug. */
public final class PopulationCatalog {

    private PopulationCatalog() {
    }

    public static Page<PopulationView> list(Paging paging) {
        return Page.of(Population.listBySlug().stream().map(PopulationView::of).toList(), paging);
    }

    public static PopulationView get(String slug) {
        return Population.<Population>findByIdOptional(slug).map(PopulationView::of)
                .orElseThrow(() -> ApiException.notFound(
                        "No population base has the slug '" + slug + "'; GET /api/v1/populations lists them"));
    }
}
