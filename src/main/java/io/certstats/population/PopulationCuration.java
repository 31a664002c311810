package io.certstats.population;

import io.certstats.caching.ETags;
import io.certstats.curation.AuditTrail;
import io.certstats.curation.Preconditions;
import io.certstats.curation.ResourcePaths;
import io.certstats.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/** A curator's change of a population base: checked, conditional on its ETag, and audited, in one transaction. */
@ApplicationScoped
public class PopulationCuration {

    private final ETags etags;
    private final AuditTrail audit;

    public PopulationCuration(ETags etags, AuditTrail audit) {
        this.etags = etags;
        this.audit = audit;
    }

    @Transactional
    public PopulationView put(String slug, PopulationUpdate body, String ifMatch) {
        // The row lock makes compare-and-write atomic: a concurrent write waits here, then sees this one's result.
        Population population = Population.<Population>findByIdOptional(slug, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("No population base has the slug '" + slug
                        + "'; new bases are added through the data files (population-bases.csv)"));
        PopulationView before = PopulationView.of(population);
        Preconditions.check(ifMatch, null, etags.ofJson(before), false);

        population.description = body.description();
        population.value = body.value();
        population.unit = body.unit();
        population.asOf = body.asOf();
        population.sourceUrls = body.source() == null ? null : body.source().sourceUrls();
        population.notes = body.source() == null ? null : body.source().notes();

        PopulationView after = PopulationView.of(population);
        audit.record(ResourcePaths.population(slug), before, after);
        return after;
    }
}
