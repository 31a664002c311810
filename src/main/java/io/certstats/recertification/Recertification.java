package io.certstats.recertification;

import io.certstats.provenance.Figure;
import jakarta.persistence.Entity;

import java.util.List;

/** One row of recertification.csv: passing {@code renewing} also renews {@code alsoRenews}. */
@Entity
public class Recertification extends Figure.Numbered {

    public String renewing;
    public String alsoRenews;

    public String notes;

    public static List<Recertification> all() {
        return list("order by renewing, alsoRenews");
    }
}
