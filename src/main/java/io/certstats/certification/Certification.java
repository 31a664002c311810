package io.certstats.certification;

import io.certstats.provenance.EvidenceGrade;
import io.certstats.provenance.Figure;
import io.certstats.provenance.PartialDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.query.NativeQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An AWS certification, active or retired, as the data files describe it. */
@Entity
@NamedQuery(name = "Certification.bySlugOrExamCode", query = """
        select distinct c from Certification c left join c.examVersions v
        where c.slug = :slug or v.examCode = :examCode""")
public class Certification extends Figure {

    /** The data files' id, which is also the exam-code prefix: SAA. */
    @Id
    public String code;

    public String slug;
    public String name;
    public List<String> formerNames;
    public String nameJa;

    @Enumerated(EnumType.STRING)
    public Level level;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String statusNote;
    @EmbeddedColumnNaming("launched_on_%s")
    public PartialDate launchedOn;
    @EmbeddedColumnNaming("retired_on_%s")
    public PartialDate retiredOn;
    public Integer feeUsd;
    public Integer feeJpy;

    @Column(name = "fee_jpy_before_2024_04_01")
    public Integer feeJpyBefore20240401;

    public Integer durationMinutes;
    public Integer questionCount;
    public Integer passingScore;
    public Integer unscoredQuestions;
    public Integer validityYears;
    public List<String> inferred;
    public String notes;

    @Enumerated(EnumType.STRING)
    public EvidenceGrade grade;

    @OneToMany(mappedBy = "certification")
    @OrderBy("examCode")
    public List<ExamVersion> examVersions = new ArrayList<>();

    /**
     * Each certification of the level and status (null for any), by code, with whether it could be taken
     * on the day: {@link Availability}'s rule in SQL (V7's {@code certification_availability}).
     */
    public static Map<String, Availability.State> availabilityOn(Level level, Status status, LocalDate day) {
        return availability(null, level, status, day);
    }

    /** Whether the certification with this code could be taken on the day, by the same SQL as the list's. */
    public static Availability.State availabilityOn(String code, LocalDate day) {
        return availability(code, null, null, day).get(code);
    }

    private static Map<String, Availability.State> availability(String code, Level level, Status status,
                                                                LocalDate day) {
        Map<String, Availability.State> states = new TreeMap<>();
        getEntityManager().createNativeQuery("""
                select c.code, {h-schema}certification_availability(c.code, :day) from {h-schema}certification c
                where (cast(:code as text) is null or c.code = :code)
                and (cast(:level as text) is null or c.level = :level)
                and (cast(:status as text) is null or c.status = :status)""", Object[].class)
                .unwrap(NativeQuery.class)
                .setParameter("code", code, String.class)
                .setParameter("level", level == null ? null : level.name(), String.class)
                .setParameter("status", status == null ? null : status.name(), String.class)
                .setParameter("day", day, LocalDate.class).getResultList()
                .forEach(row -> states.put((String) ((Object[]) row)[0],
                        Availability.State.valueOf((String) ((Object[]) row)[1])));
        return states;
    }

    /** Level and status may be null for "any"; sorted by code. */
    public static List<Certification> filtered(Level level, Status status) {
        // Eighteen rows: filtering them here is simpler than a query for each combination of filters.
        return Certification.<Certification>list("order by code").stream()
                .filter(c -> (level == null || c.level == level) && (status == null || c.status == status)).toList();
    }

    /** The certifications with these codes, sorted by code. */
    public static List<Certification> withCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("code in ?1 order by code", codes);
    }

    /** By slug ({@code solutions-architect-associate}) or any exam code ({@code saa-c02}), ignoring case. */
    public static Optional<Certification> findBySlugOrExamCode(String key) {
        return find("#Certification.bySlugOrExamCode", io.quarkus.panache.common.Parameters
                .with("slug", key.toLowerCase(Locale.ROOT)).and("examCode", key.toUpperCase(Locale.ROOT)))
                .firstResultOptional();
    }

    /** The current exam code, or the last one of a retired certification. */
    public String currentExamCode() {
        return examVersions.isEmpty() ? null : examVersions.get(examVersions.size() - 1).examCode;
    }
}
