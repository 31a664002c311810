package io.certstats.curation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A resource a curator wrote: the seed migration keeps its values rather than the data files',
 * until the files say the same (V5). Keyed by the resource's path, like the audit trail.
 */
@Entity
public class CuratedResource extends PanacheEntityBase {

    @Id
    public String resource;

    /** The audit entry of the latest write. */
    public long lastWrite;

    static void mark(String resource, long lastWrite) {
        CuratedResource mark = CuratedResource.<CuratedResource>findByIdOptional(resource).orElseGet(() -> {
            CuratedResource created = new CuratedResource();
            created.resource = resource;
            return created;
        });
        mark.lastWrite = lastWrite;
        mark.persist();
    }
}
