package io.certstats.certification;

import io.certstats.curation.AuditTrail;
import io.certstats.curation.ResourcePaths;
import io.certstats.errors.ApiException;
import io.certstats.errors.Problem;
import io.certstats.provenance.EvidenceGrade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
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

    @Inject
    AuditTrail audit;

    @Transactional
    public CertificationView put(String slug, CertificationUpdate body, String ifMatch) {
        // The row lock makes compare-and-write atomic: a concurrent write waits here, then sees this one's result.
        Certification c = Certification.<Certification>find("slug", slug)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("No certification has the slug '" + slug
                        + "'; new certifications are added through the data files (certifications.csv)"));
        checkExamCodes(c.code, body.examCodes());
        return audit.write(ResourcePaths.certification(slug), CertificationView.of(c), ifMatch, null, false, () -> {
            audit.replace(c, body, body.source());
            replaceExamVersions(c, body.examCodes());
            return CertificationView.of(c);
        });
    }

    /** Updates the codes kept, adds new ones and removes those left out; the list stays sorted as GET serves it. */
    private void replaceExamVersions(Certification c, List<ExamCodeView> codes) {
        Map<String, ExamVersion> current = new HashMap<>();
        c.examVersions.forEach(v -> current.put(v.examCode, v));
        for (ExamCodeView code : codes) {
            String examCode = code.code().strip().toUpperCase(Locale.ROOT);
            ExamVersion version = current.remove(examCode);
            if (version == null) {
                version = new ExamVersion();
                version.examCode = examCode;
                version.certification = c;
                version.grade = EvidenceGrade.DEFAULT; // persisted before its body (and grade) is applied
                c.examVersions.add(version);
                version.persist();
            }
            audit.replace(version, code, code.source());
        }
        for (ExamVersion removed : current.values()) {
            c.examVersions.remove(removed);
            removed.delete();
        }
        c.examVersions.sort(Comparator.comparing(v -> v.examCode));
    }

    /**
     * The rules on exam codes that need the data (after the body's own constraints): each starts with
     * the certification's code, is named once, and belongs to no other certification.
     */
    private static void checkExamCodes(String code, List<ExamCodeView> codes) {
        List<Problem.ParameterError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String at = "examCodes[" + i + "].code";
            ExamCodeView exam = codes.get(i);
            String examCode = exam.code().strip().toUpperCase(Locale.ROOT);
            if (!examCode.matches(code + "-[A-Z0-9]+")) {
                errors.add(Problem.ParameterError.body(at, "must be " + code + "- followed by letters or digits (e.g. "
                        + code + "-C01), not '" + exam.code() + "'"));
            } else if (!seen.add(examCode)) {
                errors.add(Problem.ParameterError.body(at, "names " + examCode + " a second time"));
            } else {
                // The data files' codes all start with their certification's code; should one not, say so rather than fail.
                ExamVersion.<ExamVersion>findByIdOptional(examCode)
                        .filter(other -> !other.certification.code.equals(code))
                        .ifPresent(other -> errors.add(Problem.ParameterError.body(at, "belongs to another certification ("
                                + other.certification.code + ")")));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidBody(errors);
        }
    }
}
