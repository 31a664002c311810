package io.certstats.caching;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

import java.time.OffsetDateTime;

/** The data_revision row: bumped by triggers on every change of served data (see V2), and the history's last change. */
@Entity
@Table(name = "data_revision")
public class DataVersion extends PanacheEntityBase {

    @Id
    public boolean id;

    public long revision;

    public OffsetDateTime changedAt;

    /**
     * When the data last really changed, by its history (V8): a write that left every row as it was bumps the
     * revision (its answers are rendered again) but changes no figure, so it moves no Last-Modified; and it is
     * the time a read asked for that vintage (asOf) gives, so the two name one version.
     */
    @Formula("(select greatest(max(h.valid_from), max(h.valid_until)) from data_history h)")
    public OffsetDateTime lastChange;

    static DataVersion current() {
        return findById(true);
    }
}
