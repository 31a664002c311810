package io.certstats.curation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.certstats.caching.ETags;
import io.certstats.provenance.Citation;
import io.certstats.provenance.Figure;
import io.certstats.provenance.Source;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every curator's write goes through here: conditional on the resource's current representation,
 * recorded, and marked as curated so that the seed migration keeps it. It joins the write's
 * transaction, so a write is never kept without its entry and its mark.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    ObjectMapper json;

    @Inject
    JsonWebToken token;

    @Inject
    ETags etags;

    @Inject
    MeterRegistry metrics;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Checks the write's preconditions against the ETag of {@code before} (the resource's JSON view, read
     * under the caller's row lock; null when it does not exist yet), applies the write and records it.
     *
     * @return the resource's view after the write, as {@code apply} gives it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <V> V write(String resource, V before, String ifMatch, String ifNoneMatch, boolean creationAllowed,
                       Supplier<V> apply) {
        Preconditions.check(ifMatch, ifNoneMatch, before == null ? null : etags.ofJson(before), creationAllowed);
        // Who makes the changes, for each changed row's history (V8), set before any of them reaches the database.
        AuditEntry.getEntityManager().createNativeQuery("select set_config('certstats.actor', :actor, true)")
                .setParameter("actor", "curator: " + actor()).getSingleResult();
        V after = apply.get();
        AuditEntry entry = new AuditEntry();
        entry.writtenAt = OffsetDateTime.now(ZoneOffset.UTC);
        entry.actor = actor();
        entry.action = before == null ? "create" : "update";
        entry.resource = resource;
        entry.oldValue = before == null ? null : json.valueToTree(before);
        entry.newValue = json.valueToTree(after);
        entry.persist();
        CuratedResource.mark(resource, entry.id);
        countOnCommit(resource, entry.action);
        return after;
    }

    /**
     * Sets each field of {@code figure} that {@code body} or its {@code source} (null: none) names alike
     * (notes, inferred, publishedOn) to their value, null ones too, since a PUT states the whole
     * resource; and its links, as rows. Fields only one side has (the body's key) are the caller's.
     */
    public void replace(Figure figure, Object body, Source source) {
        Source stated = (source != null ? source : new Source(List.of(), null, null, List.of(), null)).withDefaultGrade();
        for (Object values : List.of(body, stated)) {
            try {
                json.readerForUpdating(figure).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .readValue((JsonNode) json.valueToTree(values));
            } catch (IOException e) {
                throw new IllegalStateException("cannot apply " + values + " to " + figure, e);
            }
        }
        figure.sources = Citation.of(stated.links());
    }

    /**
     * Counts the write in /q/metrics ({@code certstats_curation_writes_total}) once its transaction has
     * committed, by the kind of resource (the collection in its path: a handful of values) and action.
     */
    private void countOnCommit(String resource, String action) {
        String kind = ResourcePaths.collection(resource);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    metrics.counter("certstats.curation.writes", "resource", kind, "action", action).increment();
                }
            }
        });
    }

    /** The token's upn (or preferred_username), else its subject: smallrye-jwt's principal name. */
    private String actor() {
        String name = token.getName();
        return name != null ? name : token.getSubject();
    }
}
