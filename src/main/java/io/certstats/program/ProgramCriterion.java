package io.certstats.program;

import io.certstats.certification.Certification;
import io.certstats.provenance.Figure;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;

import java.util.List;

/** One certification that a program year's criteria required. */
@Entity
@NamedQueries({
        @NamedQuery(name = "ProgramCriterion.ofYear", query = """
                from ProgramCriterion c join fetch c.certification
                where c.programSlug = :program and c.year = :year order by c.certificationCode"""),
        @NamedQuery(name = "ProgramCriterion.countsByYear", query = """
                select c.year, count(c) from ProgramCriterion c where c.programSlug = :program group by c.year""")
})
public class ProgramCriterion extends Figure.Numbered {

    public String programSlug;
    public int year;

    @Column(name = "certification_code")
    public String certificationCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "certification_code", insertable = false, updatable = false)
    public Certification certification;

    /** Why the data counts this certification as required. */
    public String basis;

    public static List<ProgramCriterion> ofYear(String program, int year) {
        return find("#ProgramCriterion.ofYear", Parameters.with("program", program).and("year", year)).list();
    }

    /** How many criteria rows each year of the program has. */
    public static java.util.Map<Integer, Long> countsByYear(String program) {
        java.util.Map<Integer, Long> counts = new java.util.HashMap<>();
        getEntityManager().createNamedQuery("ProgramCriterion.countsByYear", Object[].class)
                .setParameter("program", program)
                .getResultList()
                .forEach(row -> counts.put((Integer) row[0], (Long) row[1]));
        return counts;
    }
}
