package io.certstats.curation;

import com.fasterxml.jackson.databind.JsonNode;
import io.certstats.web.Page;
import io.certstats.web.Paging;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
    /** The entries written up to a time (null: all), newest first: the audit trail as it stood then. */
    public static Page<AuditEntryView> newestFirst(Paging paging, Instant until) {
        PanacheQuery<AuditEntry> entries = until == null ? AuditEntry.findAll(Sort.descending("id"))
                : AuditEntry.find("writtenAt <= ?1", Sort.descending("id"), until.atOffset(ZoneOffset.UTC));
        return new Page<>(entries.page(paging.page() - 1, paging.size()).list().stream().map(AuditEntryView::of).toList(),
                entries.count(), paging.page(), paging.size());
    }
}
