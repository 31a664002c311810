package io.certstats.cost;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;

/** What a certification brings, as certification-benefits.csv states it: its validity, the exam voucher. */
@Entity
@Table(name = "certification_benefit")
public class CertificationBenefit extends PanacheEntityBase {

    public static final String VALIDITY = "validity";
    public static final String VOUCHER = "exam discount voucher";

    @Id
    public String benefit;

    /** As the source gives it: "3 years", "50 %". */
    public String value;
    public String rule;
    public String sourceUrls;

    public static List<CertificationBenefit> all() {
        return listAll();
    }
}
