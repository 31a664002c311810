package io.certstats.cost;

import io.certstats.certification.Level;
import io.certstats.provenance.Citation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The exam fee of a level in one currency over a period (exam-fees.csv). */
@Entity
@Table(name = "exam_fee")
public class ExamFee extends PanacheEntityBase {

    /** A surrogate: the natural key (level, currency, effectiveFrom) has a null part. */
    @Id
    public Integer id;

    @Enumerated(EnumType.STRING)
    public Level level;

    @Enumerated(EnumType.STRING)
    public Currency currency;

    /** Null: in force since before the data knows. */
    public LocalDate effectiveFrom;

    public BigDecimal amount;
    /** Null: still in force. */
    public LocalDate effectiveUntil;
    public String tax;

    @ElementCollection
    @CollectionTable(name = "exam_fee_source", joinColumns = @JoinColumn(name = "figure_id"))
    @OrderColumn(name = "position")
    public List<Citation> sources = new ArrayList<>();

    public static List<ExamFee> all() {
        return listAll();
    }
}
