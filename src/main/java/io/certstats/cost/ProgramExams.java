package io.certstats.cost;

import io.certstats.program.ProgramCatalog;
import io.certstats.program.ProgramCriterion;
import io.certstats.errors.ApiException;
import io.certstats.errors.ProblemType;

import java.util.List;

/** The exams a program year's criteria require, or the problem that answers a year without known criteria. */
public final class ProgramExams {

    private ProgramExams() {
    }

    public static List<Exam> required(String program, int year) {
        ProgramCatalog.program(program);
        List<Exam> exams = ProgramCriterion.ofYear(program, year).stream()
                .map(c -> new Exam(c.certification.code, c.certification.slug, c.certification.level)).toList();
        if (exams.isEmpty()) {
            throw new ApiException(ProblemType.NO_CRITERIA, "The data does not know which certifications program '"
                    + program + "' required in " + year + "; GET /api/v1/programs/" + program
                    + "/years shows requiredCertifications for each year");
        }
        return exams;
    }

    /** The latest year of the program whose criteria the data knows. */
    public static int latestYearWithCriteria(String program) {
        ProgramCatalog.program(program);
        return ProgramCriterion.countsByYear(program).keySet().stream().max(Integer::compare)
                .orElseThrow(() -> new ApiException(ProblemType.NO_CRITERIA,
                        "The data knows the criteria of no year of program '" + program + "'"));
    }
}
