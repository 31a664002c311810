package io.certstats.program;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import java.time.Instant;
import java.util.ArrayList;
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
    private static final ObjectMapper ROWS = new ObjectMapper();

    /**
     * Every stored version of the year's row and of its source links (V8's data_history), each link with its
     * source's URL (the latest the history knows: a link is never to a source that has none).
     */
    static List<ProgramYearVersions.Stored> history(String program, int year) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                with year_rows as (select * from data_history where table_name = 'program_year'
                                   and row_value ->> 'program_slug' = :program and (row_value ->> 'year')::int = :year)
                select false, row_value::text, null, extract(epoch from valid_from)::bigint,
                       extract(epoch from valid_until)::bigint, recorded_by, ended_by, id from year_rows
                union all
                select true, l.row_value::text,
                       (select s.row_value ->> 'url' from data_history s where s.table_name = 'source'
                        and s.row_value -> 'id' = l.row_value -> 'source_id' order by s.valid_from desc limit 1),
                       extract(epoch from l.valid_from)::bigint, extract(epoch from l.valid_until)::bigint,
                       l.recorded_by, l.ended_by, l.id
                from data_history l where l.table_name = 'program_year_sources'
                and l.row_value -> 'figure_id' in (select row_value -> 'id' from year_rows)
                order by 8""", Object[].class)
                .setParameter("program", program).setParameter("year", year).getResultList();
        List<ProgramYearVersions.Stored> stored = new ArrayList<>();
        for (Object[] row : rows) {
            try {
                stored.add(new ProgramYearVersions.Stored((Boolean) row[0], ROWS.readTree((String) row[1]), (String) row[2],
                        Instant.ofEpochSecond(((Number) row[3]).longValue()),
                        row[4] == null ? null : Instant.ofEpochSecond(((Number) row[4]).longValue()),
                        (String) row[5], (String) row[6]));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("data_history holds a row that is not JSON: " + row[1], e);
            }
        }
        return stored;
    }
}
