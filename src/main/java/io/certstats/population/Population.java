package io.certstats.population;

import io.certstats.provenance.Figure;
import io.certstats.provenance.PartialDate;
import io.certstats.provenance.EvidenceGrade;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.EmbeddedColumnNaming;

import java.util.List;

/** A population base to measure a count against, e.g. the employees of Japan's IT companies. */
@Entity
public class Population extends Figure {

    @Id
    public String slug;

    public String description;
    public long value;
    /** What the value counts: people, companies. */
    public String unit;
    /** The year (or month, or day) the figure refers to; null when unknown. */
    @EmbeddedColumnNaming("as_of_%s")
    public PartialDate asOf;
    public String notes;

    @Enumerated(EnumType.STRING)
    public EvidenceGrade grade;

    public static List<Population> listBySlug() {
        return list("order by slug");
    }
}
