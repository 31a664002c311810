package io.certstats.provenance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;

import java.util.ArrayList;
import java.util.List;

/**
 * An entity whose figures the data sources: its links are rows of its own link table, named after its
 * table ({@code certification_sources}, V6), so that each link's figure is a foreign key.
 */
@MappedSuperclass
public abstract class Figure extends PanacheEntityBase {

    @ElementCollection
    @CollectionTable(joinColumns = @JoinColumn(name = "figure_id"))
    @OrderColumn(name = "position")
    public List<Citation> sources = new ArrayList<>();

    /** A figure whose natural key has several columns (or a null part): its links refer to a generated id. */
    @MappedSuperclass
    public abstract static class Numbered extends Figure {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        public Long id;
    }
}
