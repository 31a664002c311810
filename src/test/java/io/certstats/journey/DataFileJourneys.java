package io.certstats.journey;

import io.certstats.DataFiles;
import io.certstats.certification.Certification;
import io.certstats.certification.ExamVersion;
import io.certstats.certification.Level;
import io.certstats.certification.Status;
import io.certstats.cost.Benefits;
import io.certstats.cost.Currency;
import io.certstats.cost.FeeSchedule;
import io.certstats.cost.Pricer;
import io.certstats.cost.TaxSchedule;
import io.certstats.recertification.RenewalGraph;
import io.certstats.seed.SeedFile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The journey's parser and evaluator wired to the project's data files with no database, so the
 * plain unit tests replay real histories against the same facts the seed migration loads.
 */
final class DataFileJourneys {

    private DataFileJourneys() {
    }

    /** certifications.csv with each certification's rows of exam-versions.csv, as the entities hold them. */
    static List<Certification> certifications() {
        Map<String, Certification> byCode = new LinkedHashMap<>();
        for (SeedFile.Row row : DataFiles.rows("certifications.csv")) {
            Certification c = new Certification();
            c.code = row.required("id");
            c.slug = row.required("slug");
            c.level = Level.valueOf(row.required("level").toUpperCase(Locale.ROOT));
            c.status = row.required("status").startsWith("retired") ? Status.RETIRED : Status.ACTIVE;
            c.launchedOn = row.text("first_available");
            c.retiredOn = row.text("retired_on");
            byCode.put(c.code, c);
        }
        for (SeedFile.Row row : DataFiles.rows("exam-versions.csv")) {
            ExamVersion v = new ExamVersion();
            v.examCode = row.required("exam_code");
            v.liveFrom = row.text("live_from");
            v.liveUntil = row.text("live_until");
            v.observedLiveOn = row.text("observed_live_on");
            v.certification = byCode.get(row.required("certification_id"));
            v.certification.examVersions.add(v);
        }
        byCode.values().forEach(c -> c.examVersions.sort(Comparator.comparing(v -> v.examCode)));
        return new ArrayList<>(byCode.values());
    }

    static HistoryParser parser(LocalDate today) {
        return new HistoryParser(new Offerings(certifications())::find, today);
    }

    static JourneyEvaluator evaluator() {
        Map<String, CertificationInfo> infos = certifications().stream()
                .collect(Collectors.toMap(c -> c.code, CertificationInfo::of));
        RenewalGraph graph = new RenewalGraph(DataFiles.rows("recertification.csv").stream()
                .map(r -> new RenewalGraph.Edge(r.required("renewing"), r.required("also_renews"))).toList());
        Map<List<Object>, List<String>> sets = new LinkedHashMap<>();
        DataFiles.rows("program-criteria.csv").forEach(r -> sets.computeIfAbsent(
                List.of(r.required("program"), r.integer("year")), k -> new ArrayList<>()).add(r.required("certification_id")));
        List<ProgramSet> programYears = sets.entrySet().stream().map(e -> new ProgramSet((String) e.getKey().get(0),
                (Integer) e.getKey().get(1), e.getValue().stream().sorted().toList())).toList();
        return new JourneyEvaluator(pricer(), graph, infos, programYears);
    }

    private static Pricer pricer() {
        FeeSchedule fees = new FeeSchedule(DataFiles.rows("exam-fees.csv").stream().map(r -> {
            Currency currency = Currency.valueOf(r.required("currency"));
            return new FeeSchedule.Fee(Level.valueOf(r.required("level").toUpperCase(Locale.ROOT)), currency,
                    currency.toMinor(new BigDecimal(r.required("amount"))), day(r.text("effective_from")),
                    day(r.text("effective_until")));
        }).toList());
        TaxSchedule tax = new TaxSchedule(DataFiles.rows("consumption-tax.csv", r -> r.required("country").equals("JP"))
                .stream().map(r -> new TaxSchedule.Rate(r.integer("rate_percent"), day(r.text("effective_from")),
                        day(r.text("effective_until")))).toList());
        Map<String, String> benefits = DataFiles.rows("certification-benefits.csv").stream()
                .collect(Collectors.toMap(r -> r.required("benefit"), r -> r.required("value")));
        return new Pricer(fees, tax, Benefits.parse(benefits.get("validity"), benefits.get("exam discount voucher")));
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
