package io.certstats.population;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;

/** A population base to measure a count against, e.g. the employees of Japan's IT companies. */
@Entity
@Table(name = "population")
public class Population extends PanacheEntityBase {

    @Id
    public String slug;

    public String description;
    public long value;
    /** What the value counts: people, companies. */
    public String unit;
    /** The year (or date) the figure refers to; null when unknown. */
    public String asOf;
    public String notes;
    public String sourceUrls;

    public static List<Population> listBySlug() {
        return list("order by slug");
    }
}
