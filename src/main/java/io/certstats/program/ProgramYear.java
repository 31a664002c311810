package io.certstats.program;

import io.certstats.provenance.Figure;
import io.certstats.provenance.PartialDate;
import io.quarkus.panache.common.Parameters;
import io.certstats.provenance.EvidenceGrade;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import org.hibernate.annotations.EmbeddedColumnNaming;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** One year of a program: the published count (null when none is known) and the year's criteria. */
@Entity
@NamedQueries({
        @NamedQuery(name = "ProgramYear.ofProgram",
                query = "from ProgramYear y where y.programSlug = :program order by y.year"),
        @NamedQuery(name = "ProgramYear.ofPrograms",
                query = "from ProgramYear y where y.programSlug in :programs order by y.programSlug, y.year"),
        @NamedQuery(name = "ProgramYear.latestPublished", query = """
                from ProgramYear y where y.programSlug = :program and y.count is not null
                order by y.year desc""")
})
public class ProgramYear extends Figure.Numbered {

    public String programSlug;
    public int year;

    /** The program's name that year. */
    public String name;
    public Integer count;
    public Integer requiredCertifications;
    public String criteriaUrl;
    @EmbeddedColumnNaming("published_on_%s")
    public PartialDate publishedOn;

    public List<String> inferred;
    public String notes;

    @Enumerated(EnumType.STRING)
    public EvidenceGrade grade;

    /** Oldest first. */
    public static List<ProgramYear> ofProgram(String program) {
        return find("#ProgramYear.ofProgram", Parameters.with("program", program)).list();
    }

    /** The years of several programs, oldest first, by program: one query for a page of programs. */
    public static Map<String, List<ProgramYear>> ofPrograms(List<String> programs) {
        if (programs.isEmpty()) {
            return Map.of();
        }
        return ProgramYear.<ProgramYear>find("#ProgramYear.ofPrograms", Parameters.with("programs", programs)).list()
                .stream().collect(Collectors.groupingBy(y -> y.programSlug, LinkedHashMap::new, Collectors.toList()));
    }

    public static Optional<ProgramYear> find(String program, int year) {
        return find("programSlug = ?1 and year = ?2", program, year).firstResultOptional();
    }

    public static Optional<ProgramYear> latestPublished(String program) {
        return find("#ProgramYear.latestPublished", Parameters.with("program", program)).firstResultOptional();
    }
}
