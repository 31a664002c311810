package io.certstats.recertification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;

/** One row of recertification.csv: passing {@code renewing} also renews {@code alsoRenews}. */
@Entity
@Table(name = "recertification")
@IdClass(Recertification.Key.class)
public class Recertification extends PanacheEntityBase {

    public record Key(String renewing, String alsoRenews) implements Serializable {
    }

    @Id
    public String renewing;

    @Id
    public String alsoRenews;

    public String notes;
    public String sourceUrls;

    public static List<Recertification> all() {
        return list("order by renewing, alsoRenews");
    }
}
