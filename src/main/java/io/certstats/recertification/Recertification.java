package io.certstats.recertification;

import io.certstats.provenance.Citation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** One row of recertification.csv: passing {@code renewing} also renews {@code alsoRenews}. */
@Entity
@Table(name = "recertification")
public class Recertification extends PanacheEntityBase {

    /** A surrogate the links refer to; the natural key is (renewing, alsoRenews). */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String renewing;
    public String alsoRenews;

    public String notes;

    @ElementCollection
    @CollectionTable(name = "recertification_source", joinColumns = @JoinColumn(name = "figure_id"))
    @OrderColumn(name = "position")
    public List<Citation> sources = new ArrayList<>();

    public static List<Recertification> all() {
        return list("order by renewing, alsoRenews");
    }
}
