package io.certstats.caching;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** The data_revision row: bumped by triggers on every change of served data (see V2). */
@Entity
@Table(name = "data_revision")
public class DataVersion extends PanacheEntityBase {

    @Id
    public boolean id;

    public long revision;

    public OffsetDateTime changedAt;

    static DataVersion current() {
        return findById(true);
    }
}
