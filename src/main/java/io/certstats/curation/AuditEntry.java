package io.certstats.curation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/**
 * One accepted write: who, when, which resource, and its representation before and after.
 * Immutable: entries are only ever inserted (the app's database role may not update them), and
 * Hibernate must not mistake a re-read JSON value for a change.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
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
}
