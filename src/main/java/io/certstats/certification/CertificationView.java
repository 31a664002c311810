package io.certstats.certification;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.certstats.provenance.PartialDate;
import io.certstats.provenance.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** A certification as the API serves it. */
// availability (its own and its exam codes') is written only in a read asked for activeOn, so a curator's PUT body
// built from a plain GET never has it.
@Schema(name = "Certification", description = "An AWS certification, active or retired. Fees exclude tax.",
        requiredProperties = {"slug", "code", "name", "formerNames", "nameJa", "level", "status", "statusNote",
                "examCode", "examCodes", "launchedOn", "retiredOn", "feeUsd", "feeJpy", "feeJpyBefore20240401",
                "durationMinutes", "questionCount", "passingScore", "unscoredQuestions", "validityYears", "source"})
public record CertificationView(
        @Schema(description = "Stable identifier.", example = "solutions-architect-associate") String slug,
        @Schema(description = "The exam-code prefix.", example = "SAA") String code,
        @Schema(example = "AWS Certified Solutions Architect – Associate") String name,
        @Schema(description = "Earlier names.") List<String> formerNames,
        @Schema(description = "Japanese name; null where the data has none.",
                example = "ソリューションアーキテクト – アソシエイト", nullable = true) String nameJa,
        Level level,
        Status status,
        @Schema(description = "A remark on the status, e.g. renamed; null when there is none.", example = "renamed",
                nullable = true) String statusNote,
        @Schema(description = "The current exam code, or the last one of a retired certification; null when "
                + "none is on record (a curator may list no codes).", example = "SAA-C03", nullable = true)
        String examCode,
        @Schema(description = "Every exam code, oldest first.") List<ExamCodeView> examCodes,
        @Schema(description = "Launch date (ISO-8601, day or month precision); null when unknown.",
                example = "2013-04-30", nullable = true) String launchedOn,
        @Schema(description = "Retirement date (ISO-8601, day or month precision); null when active or unknown.",
                example = "2024-04-09", nullable = true) String retiredOn,
        @Schema(description = "Exam fee in US dollars; null when unknown.", example = "150", nullable = true)
        Integer feeUsd,
        @Schema(description = "Exam fee in yen, excluding consumption tax, for applications from 2024-04-01; "
                + "null when unknown.", example = "20000", nullable = true) Integer feeJpy,
        @Schema(description = "Exam fee in yen, excluding consumption tax, before 2024-04-01; null when "
                + "unknown or not offered then.", example = "15000", nullable = true) Integer feeJpyBefore20240401,
        @Schema(description = "Exam length in minutes; null when unknown.", example = "130", nullable = true)
        Integer durationMinutes,
        @Schema(description = "Number of questions; null when unknown.", example = "65", nullable = true)
        Integer questionCount,
        @Schema(description = "Passing score out of 1,000; null when unknown.", example = "720", nullable = true)
        Integer passingScore,
        @Schema(description = "How many of the questions are unscored; null when unknown.", example = "15",
                nullable = true) Integer unscoredQuestions,
        @Schema(description = "Years a pass stays valid; null when unknown.", example = "3", nullable = true)
        Integer validityYears,
        Source source,
        @Schema(description = "Whether it could be taken on the day asked about (activeOn); absent without "
                + "activeOn.") @JsonInclude(JsonInclude.Include.NON_NULL) Availability.State availability) {

    public static CertificationView of(Certification c) {
        return of(c, null, null);
    }

    /**
     * With its availability on the day a read asked about (activeOn), found by V7's SQL function, and each exam
     * code's by {@link Availability}; both null without a day.
     */
    public static CertificationView of(Certification c, LocalDate day, Availability.State availability) {
        return new CertificationView(c.slug, c.code, c.name, c.formerNames == null ? List.of() : c.formerNames,
                c.nameJa, c.level, c.status, c.statusNote, c.currentExamCode(),
                c.examVersions.stream().map(v -> ExamCodeView.of(v, c, day)).toList(), PartialDate.iso(c.launchedOn),
                PartialDate.iso(c.retiredOn), c.feeUsd, c.feeJpy, c.feeJpyBefore20240401, c.durationMinutes,
                c.questionCount, c.passingScore, c.unscoredQuestions, c.validityYears,
                Source.of(c.sources, null, c.notes, c.inferred, c.grade), availability);
    }
}
