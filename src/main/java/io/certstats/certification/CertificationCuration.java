package io.certstats.certification;

import io.certstats.caching.ETags;
import io.certstats.curation.AuditTrail;
import io.certstats.curation.Preconditions;
import io.certstats.curation.ResourcePaths;
import io.certstats.provenance.Source;
import io.certstats.errors.ApiException;
import io.certstats.web.BodyErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A curator's change of a certification (a new exam code, a retirement, a fee change): checked,
 * conditional on its ETag, and audited, in one transaction.
 */
@ApplicationScoped
public class CertificationCuration {

    private final ETags etags;
    private final AuditTrail audit;

    public CertificationCuration(ETags etags, AuditTrail audit) {
        this.etags = etags;
        this.audit = audit;
    }

    @Transactional
    public CertificationView put(String slug, CertificationUpdate body, String ifMatch) {
        // The row lock makes compare-and-write atomic: a concurrent write waits here, then sees this one's result.
        Certification certification = Certification.<Certification>find("slug", slug)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("No certification has the slug '" + slug
                        + "'; new certifications are added through the data files (certifications.csv)"));
        validate(certification.code, body);
        CertificationView before = CertificationView.of(certification);
        Preconditions.check(ifMatch, null, etags.ofJson(before), false);

        Certification c = certification;
        c.name = body.name();
        c.formerNames = body.formerNames() == null || body.formerNames().isEmpty() ? null
                : String.join(" | ", body.formerNames());
        c.nameJa = body.nameJa();
        c.level = body.level();
        c.status = body.status();
        c.statusNote = body.statusNote();
        c.launchedOn = body.launchedOn();
        c.retiredOn = body.retiredOn();
        c.feeUsd = body.feeUsd();
        c.feeJpy = body.feeJpy();
        c.feeJpyBefore20240401 = body.feeJpyBefore20240401();
        c.durationMinutes = body.durationMinutes();
        c.questionCount = body.questionCount();
        c.passingScore = body.passingScore();
        c.unscoredQuestions = body.unscoredQuestions();
        c.validityYears = body.validityYears();
        c.sourceUrls = body.source() == null ? null : body.source().sourceUrls();
        c.notes = body.source() == null ? null : body.source().notes();
        c.inferred = body.source() == null ? null : body.source().inferredText();
        replaceExamVersions(c, body.examCodes());

        CertificationView after = CertificationView.of(c);
        audit.record(ResourcePaths.certification(slug), before, after);
        return after;
    }

    /** Updates the codes kept, adds new ones and removes those left out; the list stays sorted as GET serves it. */
    private static void replaceExamVersions(Certification c, List<ExamCodeView> codes) {
        Map<String, ExamVersion> current = new HashMap<>();
        c.examVersions.forEach(v -> current.put(v.examCode, v));
        for (ExamCodeView code : codes) {
            String examCode = code.code().strip().toUpperCase(Locale.ROOT);
            ExamVersion version = current.remove(examCode);
            if (version == null) {
                version = new ExamVersion();
                version.examCode = examCode;
                version.certification = c;
                c.examVersions.add(version);
                version.persist();
            }
            version.liveFrom = code.liveFrom();
            version.liveUntil = code.liveUntil();
            version.observedLiveOn = code.observedLiveOn();
            version.sourceUrls = code.source() == null ? null : code.source().sourceUrls();
            version.notes = code.source() == null ? null : code.source().notes();
            version.inferred = code.source() == null ? null : code.source().inferredText();
        }
        for (ExamVersion removed : current.values()) {
            c.examVersions.remove(removed);
            removed.delete();
        }
        c.examVersions.sort(Comparator.comparing(v -> v.examCode));
    }

    private static void validate(String code, CertificationUpdate body) {
        BodyErrors errors = new BodyErrors();
        if (body == null) {
            errors.reject("body", "is required: the certification as JSON");
            errors.throwIfInvalid();
        }
        errors.required("name", body.name());
        if (body.formerNames() != null) {
            for (int i = 0; i < body.formerNames().size(); i++) {
                String name = body.formerNames().get(i);
                errors.required("formerNames[" + i + "]", name);
                if (name != null && name.contains(" | ")) {
                    errors.reject("formerNames[" + i + "]", "must not contain ' | '");
                }
            }
        }
        errors.required("level", body.level());
        errors.required("status", body.status());
        errors.partialDate("launchedOn", body.launchedOn(), false, false);
        errors.partialDate("retiredOn", body.retiredOn(), false, false);
        errors.atLeast("feeUsd", body.feeUsd(), 0);
        errors.atLeast("feeJpy", body.feeJpy(), 0);
        errors.atLeast("feeJpyBefore20240401", body.feeJpyBefore20240401(), 0);
        errors.atLeast("durationMinutes", body.durationMinutes(), 1);
        errors.atLeast("questionCount", body.questionCount(), 1);
        errors.atLeast("passingScore", body.passingScore(), 0);
        if (body.passingScore() != null && body.passingScore() > 1000) {
            errors.reject("passingScore", "must be at most 1000 (scores are out of 1,000), not " + body.passingScore());
        }
        errors.atLeast("unscoredQuestions", body.unscoredQuestions(), 0);
        errors.atLeast("validityYears", body.validityYears(), 1);
        sourceWithoutDate(errors, "source", body.source());
        errors.required("examCodes", body.examCodes());
        if (body.examCodes() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < body.examCodes().size(); i++) {
                examCode(errors, "examCodes[" + i + "]", code, body.examCodes().get(i), seen);
            }
        }
        errors.throwIfInvalid();
    }

    private static void examCode(BodyErrors errors, String at, String code, ExamCodeView exam, Set<String> seen) {
        if (exam == null || exam.code() == null || exam.code().isBlank()) {
            errors.reject(at + ".code", "is required");
            return;
        }
        String examCode = exam.code().strip().toUpperCase(Locale.ROOT);
        if (!examCode.matches(code + "-[A-Z0-9]+")) {
            errors.reject(at + ".code", "must be " + code + "- followed by letters or digits (e.g. " + code
                    + "-C01), not '" + exam.code() + "'");
        } else if (!seen.add(examCode)) {
            errors.reject(at + ".code", "names " + examCode + " a second time");
        } else {
            // The data files' codes all start with their certification's code; should one not, say so rather than fail.
            ExamVersion.<ExamVersion>findByIdOptional(examCode)
                    .filter(other -> !other.certification.code.equals(code))
                    .ifPresent(other -> errors.reject(at + ".code", "belongs to another certification ("
                            + other.certification.code + ")"));
        }
        errors.partialDate(at + ".liveFrom", exam.liveFrom(), false, false);
        errors.partialDate(at + ".liveUntil", exam.liveUntil(), false, false);
        errors.partialDate(at + ".observedLiveOn", exam.observedLiveOn(), false, true);
        sourceWithoutDate(errors, at + ".source", exam.source());
    }

    /** Certifications and exam codes keep links, notes and inferred fields, but no publication date. */
    private static void sourceWithoutDate(BodyErrors errors, String field, Source source) {
        if (source == null) {
            return;
        }
        errors.sourceLinks(field + ".links", source.links());
        if (source.publishedOn() != null) {
            errors.reject(field + ".publishedOn", "is not kept here; name the date in notes or a link's label");
        }
    }
}
