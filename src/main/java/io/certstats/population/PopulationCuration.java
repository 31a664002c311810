package io.certstats.population;

import io.certstats.curation.AuditTrail;
import io.certstats.curation.ResourcePaths;
import io.certstats.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** A curator's change of a population base: checked, conditional on its ETag, and audited, in one transaction. */
@ApplicationScoped
public class PopulationCuration {

    @Inject
    AuditTrail audit;

    @Transactional
    public PopulationView put(String slug, PopulationUpdate body, String ifMatch) {
        // The row lock makes compare-and-write atomic: a concurrent write waits here, then sees this one's result.
        Population population = Population.<Population>findByIdOptional(slug, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("No population base has the slug '" + slug
                        + "'; new bases are added through the data files (population-bases.csv)"));
        return audit.write(ResourcePaths.population(slug), PopulationView.of(population), ifMatch, null, false, () -> {
            audit.replace(population, body, body.source());
            return PopulationView.of(population);
        });
    }
}
