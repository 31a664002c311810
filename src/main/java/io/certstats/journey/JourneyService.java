package io.certstats.journey;

import io.certstats.certification.Certification;
import io.certstats.cost.PricingData;
import io.certstats.program.ProgramCriterion;
import io.certstats.recertification.Recertification;
import io.certstats.recertification.RenewalGraph;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Reads what a journey needs from the database, for {@link HistoryParser} and {@link JourneyEvaluator}. */
@ApplicationScoped
public class JourneyService {

    /** 400 problems naming each bad field of the history; a 404 problem for a day without a known fee. */
    public JourneyView evaluate(JourneyRequest request) {
        List<Certification> all = Certification.list(
                "select distinct c from Certification c left join fetch c.examVersions order by c.code");
        HistoryParser.History history = new HistoryParser(new Offerings(all)::find, LocalDate.now(ZoneOffset.UTC))
                .parse(request);
        JourneyEvaluator evaluator = new JourneyEvaluator(PricingData.pricer(), RenewalGraph.of(Recertification.all()),
                CertificationInfo.byCode(all), ProgramSet.of(ProgramCriterion.list("order by programSlug, year, "
                        + "certificationCode")));
        return evaluator.evaluate(history.attempts(), history.asOf(), history.currency());
    }
}
