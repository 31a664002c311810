package io.certstats.recertification;

import io.certstats.program.Program;
import io.certstats.certification.Certification;
import io.certstats.cost.PriceOptions;
import io.certstats.cost.PricingData;
import io.certstats.cost.ProgramExams;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads what a renewal plan needs from the database, for {@link RecertificationPlanner} to compute. */
@ApplicationScoped
public class RecertificationService {

    /**
     * The plan for a program's year (default the latest year with known criteria); 404 problems for an
     * unknown program, a year without known criteria, or a day without a known fee.
     */
    public RecertificationView plan(String program, Integer year, PriceOptions options) {
        String slug = program == null ? Program.DEFAULT_SLUG : program;
        int planYear = year == null ? ProgramExams.latestYearWithCriteria(slug) : year;
        Map<String, Certification> certifications = Certification.<Certification>listAll().stream()
                .collect(Collectors.toMap(c -> c.code, Function.identity()));
        return RecertificationPlanner.plan(slug, planYear, ProgramExams.required(slug, planYear), options,
                PricingData.pricer(), Recertification.all(), certifications,
                PricingData.sources(options.currency(), options.tax()));
    }
}
