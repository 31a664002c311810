package io.certstats.cost;

import io.certstats.provenance.Citation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
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

    @ElementCollection
    @CollectionTable(name = "certification_benefit_source", joinColumns = @JoinColumn(name = "figure_id"))
    @OrderColumn(name = "position")
    public List<Citation> sources = new ArrayList<>();

    public static List<CertificationBenefit> all() {
        return listAll();
    }
}
