package io.certstats.cost;

import io.certstats.certification.Level;
import io.certstats.provenance.Figure;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The exam fee of a level in one currency over a period (exam-fees.csv). */
@Entity
public class ExamFee extends Figure.Numbered {

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

    public static List<ExamFee> all() {
        // in a stated order: an answer must not follow the rows' physical order, which a vintage's copies do not share
        return list("order by id");
    }
}
