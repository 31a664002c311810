package io.certstats.cost;

import io.certstats.provenance.Figure;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.List;

/** What a certification brings, as certification-benefits.csv states it: its validity, the exam voucher. */
@Entity
public class CertificationBenefit extends Figure {

    public static final String VALIDITY = "validity";
    public static final String VOUCHER = "exam discount voucher";

    @Id
    public String benefit;

    /** As the source gives it: "3 years", "50 %". */
    public String value;
    public String rule;

    public static List<CertificationBenefit> all() {
        return list("order by benefit");
    }
}
