package io.certstats.curation;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Records accepted writes and marks what they wrote as curated, so that the seed migration keeps it;
 * it joins the write's transaction, so a write is never kept without its entry and its mark.
 */
@ApplicationScoped
public class AuditTrail {

    private final ObjectMapper json;
    private final JsonWebToken token;

    public AuditTrail(ObjectMapper json, JsonWebToken token) {
        this.json = json;
        this.token = token;
    }

    /** {@code before} is the resource's JSON view before the write, null when the write created it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String resource, Object before, Object after) {
        AuditEntry entry = new AuditEntry();
        entry.writtenAt = OffsetDateTime.now(ZoneOffset.UTC);
        entry.actor = actor();
        entry.action = before == null ? "create" : "update";
        entry.resource = resource;
        entry.oldValue = before == null ? null : json.valueToTree(before);
        entry.newValue = json.valueToTree(after);
        entry.persist();
        CuratedResource.mark(resource, entry.id);
    }

    /** The token's upn (or preferred_username), else its subject: smallrye-jwt's principal name. */
    private String actor() {
        String name = token.getName();
        return name != null ? name : token.getSubject();
    }
}
