package io.certstats.cost;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A consumption tax rate over a period (consumption-tax.csv). */
@Entity
@Table(name = "consumption_tax")
@IdClass(ConsumptionTax.Key.class)
public class ConsumptionTax extends PanacheEntityBase {

    public record Key(String country, LocalDate effectiveFrom) implements Serializable {
    }

    @Id
    public String country;

    @Id
    public LocalDate effectiveFrom;

    public int ratePercent;
    public LocalDate effectiveUntil;
    public String notes;
    public String sourceUrls;

    public static List<ConsumptionTax> ofCountry(String country) {
        return list("country", country);
    }
}
