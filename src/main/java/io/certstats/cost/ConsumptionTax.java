package io.certstats.cost;

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
import java.time.LocalDate;
import java.util.List;

/** A consumption tax rate over a period (consumption-tax.csv). */
@Entity
@Table(name = "consumption_tax")
public class ConsumptionTax extends PanacheEntityBase {

    /** A surrogate the links refer to; the natural key is (country, effectiveFrom). */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String country;
    public LocalDate effectiveFrom;

    public int ratePercent;
    public LocalDate effectiveUntil;
    public String notes;

    @ElementCollection
    @CollectionTable(name = "consumption_tax_source", joinColumns = @JoinColumn(name = "figure_id"))
    @OrderColumn(name = "position")
    public List<Citation> sources = new ArrayList<>();

    public static List<ConsumptionTax> ofCountry(String country) {
        return list("country", country);
    }
}
