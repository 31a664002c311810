package io.certstats.curation;

import com.fasterxml.jackson.databind.JsonNode;
import io.certstats.web.Page;
import io.certstats.web.Paging;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One accepted write: who, when, which resource, and its representation before and after.
 * Immutable: entries are only ever inserted (the app's database role may not update them), and
 * Hibernate must not mistake a re-read JSON value for a change.
 */
@Entity
@Immutable
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public OffsetDateTime writtenAt;
    public String actor;
    public String action;
    public String resource;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode oldValue;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode newValue;

    /** One page of the trail, newest first, cut by the database. */
    public static Page<AuditEntryView> newestFirst(Paging paging) {
        List<AuditEntryView> entries = AuditEntry.<AuditEntry>findAll(Sort.descending("id"))
                .page(paging.page() - 1, paging.size()).list().stream().map(AuditEntryView::of).toList();
        return new Page<>(entries, count(), paging.page(), paging.size());
    }
}
