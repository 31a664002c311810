package io.certstats.program;

import io.certstats.certification.Certification;
import io.certstats.curation.AuditTrail;
import io.certstats.curation.ResourcePaths;
import io.certstats.errors.ApiException;
import io.certstats.errors.Problem;
import io.certstats.provenance.Citation;
import io.certstats.provenance.EvidenceGrade;
import io.certstats.provenance.SourceLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A curator's write of one program year, e.g. next year's count once AWS announces it: checked,
 * conditional on the year's ETag, and audited, in one transaction.
 */
@ApplicationScoped
public class ProgramYearCuration {

    /** The answer of a write: the year as GET now serves it, and whether the write created it. */
    public record Written(ProgramYearDetailView view, boolean created) {
    }

    @Inject
    AuditTrail audit;

    @Transactional
    public Written put(String slug, int year, ProgramYearUpdate body, String ifMatch, String ifNoneMatch) {
        int thisYear = Year.now(ZoneOffset.UTC).getValue();
        if (year > thisYear) {
            // Counts are recorded once announced, never ahead.
            throw ApiException.badParameters(List.of(Problem.ParameterError.path("year",
                    "must not be in the future (after " + thisYear + "), not " + year)));
        }
        List<Certification> criteria = criteria(body);

        // Locking the program serialises every write to its years, including one that creates a year
        // (no row to lock yet) and the neighbours whose change from the previous year this one affects.
        Program.<Program>findByIdOptional(slug, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> ApiException.notFound(
                "No program has the slug '" + slug + "'; GET /api/v1/programs lists them"));
        ProgramYearDetailView before = ProgramYearDetailView.load(slug, year, null).orElse(null);
        ProgramYearDetailView after = audit.write(ResourcePaths.programYear(slug, year), before, ifMatch, ifNoneMatch,
                true, () -> {
                    ProgramYear row = ProgramYear.find(slug, year).orElseGet(() -> newYear(slug, year));
                    audit.replace(row, body, body.source());
                    replaceCriteria(row, criteria);
                    return ProgramYearDetailView.load(slug, year, null).orElseThrow();
                });
        return new Written(after, before == null);
    }

    private static ProgramYear newYear(String slug, int year) {
        ProgramYear row = new ProgramYear();
        row.programSlug = slug;
        row.year = year;
        row.grade = EvidenceGrade.DEFAULT;
        return row;
    }

    /** Keeps the rows (and their basis) of certifications still required; the criteria URL sources new ones. */
    private static void replaceCriteria(ProgramYear row, List<Certification> wanted) {
        if (!row.isPersistent()) {
            row.persist();
        }
        Map<String, Certification> toAdd = new LinkedHashMap<>();
        wanted.forEach(c -> toAdd.put(c.code, c));
        for (ProgramCriterion existing : ProgramCriterion.ofYear(row.programSlug, row.year)) {
            if (toAdd.remove(existing.certificationCode) == null) {
                existing.delete();
            }
        }
        for (Certification certification : toAdd.values()) {
            ProgramCriterion criterion = new ProgramCriterion();
            criterion.programSlug = row.programSlug;
            criterion.year = row.year;
            criterion.certificationCode = certification.code;
            criterion.certification = certification;
            criterion.sources = Citation.of(Stream.ofNullable(row.criteriaUrl).map(url -> new SourceLink(url, null)).toList());
            criterion.persist();
        }
    }

    /**
     * The certifications the criteria name (each by slug, code or exam code), or a 400 naming each
     * that is unknown or named twice: rules that need the data, checked after the body's constraints.
     */
    private static List<Certification> criteria(ProgramYearUpdate body) {
        List<Problem.ParameterError> errors = new ArrayList<>();
        List<Certification> criteria = new ArrayList<>();
        List<String> keys = body.criteria() == null ? List.of() : body.criteria();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            Optional<Certification> found = key == null || key.isBlank() ? Optional.empty()
                    : Certification.<Certification>findByIdOptional(key.strip().toUpperCase(Locale.ROOT))
                            .or(() -> Certification.findBySlugOrExamCode(key.strip()));
            if (found.isEmpty()) {
                errors.add(Problem.ParameterError.body("criteria[" + i + "]", "is not a known certification (a slug, "
                        + "code or exam code; GET /api/v1/certifications lists them), not '" + key + "'"));
            } else if (!seen.add(found.get().code)) {
                errors.add(Problem.ParameterError.body("criteria[" + i + "]", "names " + found.get().code + " a second time"));
            } else {
                criteria.add(found.get());
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidBody(errors);
        }
        return criteria;
    }
}
