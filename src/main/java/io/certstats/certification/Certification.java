package io.certstats.certification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An AWS certification, active or retired, as the data files describe it. */
@Entity
@Table(name = "certification")
@NamedQueries({
        @NamedQuery(name = "Certification.filtered", query = """
                from Certification c
                where (:level is null or c.level = :level) and (:status is null or c.status = :status)
                order by c.code"""),
        @NamedQuery(name = "Certification.bySlugOrExamCode", query = """
                select distinct c from Certification c left join c.examVersions v
                where c.slug = :slug or v.examCode = :examCode""")
})
public class Certification extends PanacheEntityBase {

    /** The data files' id, which is also the exam-code prefix: SAA. */
    @Id
    public String code;

    public String slug;
    public String name;
    public String formerNames;
    public String nameJa;

    @Enumerated(EnumType.STRING)
    public Level level;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String statusNote;
    public String launchedOn;
    public String retiredOn;
    public Integer feeUsd;
    public Integer feeJpy;

    @Column(name = "fee_jpy_before_2024_04_01")
    public Integer feeJpyBefore20240401;

    public Integer durationMinutes;
    public Integer questionCount;
    public Integer passingScore;
    public Integer unscoredQuestions;
    public Integer validityYears;
    public String inferred;
    public String notes;
    public String sourceUrls;

    @OneToMany(mappedBy = "certification")
    @OrderBy("examCode")
    public List<ExamVersion> examVersions = new ArrayList<>();

    /** Level or status may be null for "any"; sorted by code. */
    public static List<Certification> filtered(Level level, Status status) {
        return find("#Certification.filtered", io.quarkus.panache.common.Parameters
                .with("level", level).and("status", status)).list();
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
