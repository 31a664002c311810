package io.certstats.program;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** One year of a program: the published count (null when none is known) and the year's criteria. */
@Entity
@Table(name = "program_year")
@IdClass(ProgramYear.Key.class)
@NamedQueries({
        @NamedQuery(name = "ProgramYear.ofProgram",
                query = "from ProgramYear y where y.programSlug = :program order by y.year"),
        @NamedQuery(name = "ProgramYear.latestPublished", query = """
                from ProgramYear y where y.programSlug = :program and y.count is not null
                order by y.year desc""")
})
public class ProgramYear extends PanacheEntityBase {

    public record Key(String programSlug, int year) implements Serializable {
    }

    @Id
    public String programSlug;

    @Id
    public int year;

    /** The program's name that year. */
    public String name;
    public Integer count;
    public Integer requiredCertifications;
    public String criteriaUrl;
    public String sourceUrls;
    public String publishedOn;
    public String inferred;
    public String notes;

    /** Oldest first. */
    public static List<ProgramYear> ofProgram(String program) {
        return find("#ProgramYear.ofProgram", Parameters.with("program", program)).list();
    }

    public static Optional<ProgramYear> find(String program, int year) {
        return findByIdOptional(new Key(program, year));
    }

    public static Optional<ProgramYear> latestPublished(String program) {
        return find("#ProgramYear.latestPublished", Parameters.with("program", program)).firstResultOptional();
    }
}
