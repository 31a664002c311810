package io.certstats.cost;

import io.certstats.provenance.Figure;
import jakarta.persistence.Entity;

import java.time.LocalDate;
import java.util.List;

/** A consumption tax rate over a period (consumption-tax.csv). */
@Entity
public class ConsumptionTax extends Figure.Numbered {

    public String country;
    public LocalDate effectiveFrom;

    public int ratePercent;
    public LocalDate effectiveUntil;
    public String notes;

    public static List<ConsumptionTax> ofCountry(String country) {
        return list("country = ?1 order by effectiveFrom", country);
    }
}
