package io.certstats.certification;

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
import jakarta.persistence.Table;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.query.NativeQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** An AWS certification, active or retired, as the data files describe it. */
@Entity
@Table(name = "certification")
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

    @OneToMany(mappedBy = "certification")
    @OrderBy("examCode")
    public List<ExamVersion> examVersions = new ArrayList<>();

    /**
     * Level, status or day may be null for "any"; sorted by code. The day keeps {@link Availability}'s rule
     * in SQL on the DATE columns: a start (launch, else the first code's) is widened by any day a code was
     * seen live, the end of a retired one (the last code's, else its retirement) too; a month-precision
     * bound covers its month (date_trunc brings the day to the bound's precision), and an unknown one
     * excludes nothing.
     */
    @SuppressWarnings("unchecked")
    public static List<Certification> filtered(Level level, Status status, LocalDate day) {
        return getEntityManager().createNativeQuery("""
                select c.* from {h-schema}certification c
                left join lateral (select v.live_from_first_day as day from {h-schema}exam_version v
                    where v.certification_code = c.code order by v.exam_code limit 1) first_code on true
                left join lateral (select v.live_until_first_day as day, v.live_until_precision as unit
                    from {h-schema}exam_version v
                    where v.certification_code = c.code order by v.exam_code desc limit 1) last_code on true
                cross join lateral (select coalesce(c.launched_on_first_day, first_code.day) as start,
                    coalesce(last_code.day, c.retired_on_first_day) as stop,
                    case when last_code.day is null then c.retired_on_precision else last_code.unit end as stop_unit) b
                where (cast(:level as text) is null or c.level = :level)
                and (cast(:status as text) is null or c.status = :status)
                and (cast(:day as date) is null
                    or (b.start is null or :day >= least(b.start, (select min(v.observed_live_on_first_day)
                        from {h-schema}exam_version v where v.certification_code = c.code)))
                    and not (c.status = 'RETIRED' and b.stop is not null
                        and date_trunc(b.stop_unit, cast(:day as timestamp)) > b.stop
                        and not exists (select from {h-schema}exam_version v where v.certification_code = c.code
                            and date_trunc(v.observed_live_on_precision, cast(:day as timestamp))
                                <= v.observed_live_on_first_day)))
                order by c.code""", Certification.class).unwrap(NativeQuery.class)
                .setParameter("level", level == null ? null : level.name(), String.class)
                .setParameter("status", status == null ? null : status.name(), String.class)
                .setParameter("day", day, LocalDate.class).getResultList();
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
