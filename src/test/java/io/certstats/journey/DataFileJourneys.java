package io.certstats.journey;

import io.certstats.DataFileModels;
import io.certstats.certification.Certification;
import io.certstats.recertification.RenewalGraph;

import java.time.LocalDate;
import java.util.List;

/**
 * The journey's parser and evaluator wired to the project's data files with no database, so the
 * plain unit tests replay real histories against the same facts the seed migration loads.
 */
final class DataFileJourneys {

    private DataFileJourneys() {
    }

    static HistoryParser parser(LocalDate today) {
        return new HistoryParser(new Offerings(DataFileModels.certifications())::find, today);
    }

    static JourneyEvaluator evaluator() {
        List<Certification> certifications = DataFileModels.certifications();
        return new JourneyEvaluator(DataFileModels.pricer(), RenewalGraph.of(DataFileModels.recertifications()),
                CertificationInfo.byCode(certifications), ProgramSet.of(DataFileModels.programCriteria()));
    }
}
