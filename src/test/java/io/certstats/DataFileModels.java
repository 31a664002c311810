package io.certstats;

import io.certstats.certification.Certification;
import io.certstats.certification.ExamVersion;
import io.certstats.certification.Level;
import io.certstats.certification.Status;
import io.certstats.cost.Benefits;
import io.certstats.cost.Currency;
import io.certstats.cost.Exam;
import io.certstats.cost.FeeSchedule;
import io.certstats.cost.Pricer;
import io.certstats.cost.TaxSchedule;
import io.certstats.population.Population;
import io.certstats.program.Program;
import io.certstats.program.ProgramCriterion;
import io.certstats.program.ProgramYear;
import io.certstats.recertification.Recertification;
import io.certstats.provenance.Citation;
import io.certstats.provenance.PartialDate;
import io.certstats.provenance.SourceDocument;
import io.certstats.provenance.SourceLink;
import io.certstats.seed.SeedFile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The data files as the entities and pricing objects the feature code computes from, built with no
 * database, so that plain unit tests run the computations on the same facts the seed migration loads.
 */
public final class DataFileModels {

    private DataFileModels() {
    }

    /** certifications.csv with each certification's rows of exam-versions.csv, as the entities hold them. */
    public static List<Certification> certifications() {
        Map<String, Certification> byCode = new LinkedHashMap<>();
        for (SeedFile.Row row : DataFiles.rows("certifications.csv")) {
            Certification c = new Certification();
            c.code = row.required("id");
            c.slug = row.required("slug");
            c.name = row.required("name_en");
            c.level = Level.valueOf(row.required("level").toUpperCase(Locale.ROOT));
            c.status = row.required("status").startsWith("retired") ? Status.RETIRED : Status.ACTIVE;
            c.launchedOn = PartialDate.parse(row.text("first_available"));
            c.retiredOn = PartialDate.parse(row.text("retired_on"));
            byCode.put(c.code, c);
        }
        for (SeedFile.Row row : DataFiles.rows("exam-versions.csv")) {
            ExamVersion v = new ExamVersion();
            v.examCode = row.required("exam_code");
            v.liveFrom = PartialDate.parse(row.text("live_from"));
            v.liveUntil = PartialDate.parse(row.text("live_until"));
            v.observedLiveOn = PartialDate.parse(row.text("observed_live_on"));
            v.certification = byCode.get(row.required("certification_id"));
            v.certification.examVersions.add(v);
        }
        byCode.values().forEach(c -> c.examVersions.sort(Comparator.comparing(v -> v.examCode)));
        return new ArrayList<>(byCode.values());
    }

    /**
     * The days where one of the certification's dates (its own, its exam codes') could change its or a code's
     * availability: the day before each date's period, its first and last day, and the day after.
     */
    public static Set<LocalDate> daysAround(Certification c) {
        Set<LocalDate> days = new TreeSet<>();
        List<PartialDate> dates = new ArrayList<>(Arrays.asList(c.launchedOn, c.retiredOn));
        c.examVersions.forEach(v -> dates.addAll(Arrays.asList(v.liveFrom, v.liveUntil, v.observedLiveOn)));
        dates.stream().filter(Objects::nonNull).forEach(d -> days.addAll(List.of(d.firstDay().minusDays(1),
                d.firstDay(), d.lastDay(), d.lastDay().plusDays(1))));
        return days;
    }

    public static Map<String, Certification> certificationsByCode() {
        return certifications().stream().collect(Collectors.toMap(c -> c.code, c -> c));
    }

    /** The exams of certifications, by code, in the order given. */
    public static List<Exam> exams(List<String> codes) {
        Map<String, Certification> byCode = certificationsByCode();
        return codes.stream().map(byCode::get).map(c -> new Exam(c.code, c.slug, c.level)).toList();
    }

    /** recertification.csv, ordered as the database serves it. */
    public static List<Recertification> recertifications() {
        return DataFiles.rows("recertification.csv").stream().map(row -> {
            Recertification r = new Recertification();
            r.renewing = row.required("renewing");
            r.alsoRenews = row.required("also_renews");
            r.notes = row.text("notes");
            r.sources = citations(row.text("source_urls"));
            return r;
        }).sorted(Comparator.comparing((Recertification r) -> r.renewing).thenComparing(r -> r.alsoRenews)).toList();
    }

    /** exam-fees.csv, consumption-tax.csv (Japan) and certification-benefits.csv. */
    public static Pricer pricer() {
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

    public static Program program(String slug) {
        SeedFile.Row row = DataFiles.row("programs.csv", "slug", slug);
        Program p = new Program();
        p.slug = slug;
        p.name = row.required("name");
        p.unit = row.required("unit");
        return p;
    }

    /** program-criteria.csv, ordered as the database serves it; programs.csv's names give each program's slug. */
    public static List<ProgramCriterion> programCriteria() {
        Map<String, String> slugs = new LinkedHashMap<>();
        DataFiles.rows("programs.csv").forEach(r -> List.of(r.required("names").split("\\|"))
                .forEach(name -> slugs.put(name.strip(), r.required("slug"))));
        return DataFiles.rows("program-criteria.csv").stream().map(row -> {
            ProgramCriterion c = new ProgramCriterion();
            c.programSlug = slugs.get(row.required("program"));
            c.year = row.integer("year");
            c.certificationCode = row.required("certification_id");
            return c;
        }).sorted(Comparator.comparing((ProgramCriterion c) -> c.programSlug).thenComparingInt(c -> c.year)
                .thenComparing(c -> c.certificationCode)).toList();
    }

    /** The years of all-certifications-engineers.csv, oldest first, as years of program {@code slug}. */
    public static List<ProgramYear> allCertificationsEngineersYears(String slug) {
        return DataFiles.rows("all-certifications-engineers.csv").stream().map(row -> {
            ProgramYear y = new ProgramYear();
            y.programSlug = slug;
            y.year = row.integer("year");
            y.name = row.required("program");
            y.count = row.text("count") == null ? null : row.integer("count");
            y.sources = citations(row.text("source_url"));
            y.publishedOn = PartialDate.parse(row.text("published_on"));
            y.notes = row.text("notes");
            return y;
        }).sorted(Comparator.comparingInt(y -> y.year)).toList();
    }

    /** population-bases.csv, by slug. */
    public static List<Population> populations() {
        return DataFiles.rows("population-bases.csv").stream().map(row -> {
            Population p = new Population();
            p.slug = row.required("key").replace('_', '-');
            p.description = row.required("description");
            p.value = Long.parseLong(row.required("value"));
            p.unit = row.required("unit");
            p.asOf = PartialDate.parse(row.text("as_of"));
            p.notes = row.text("notes");
            p.sources = citations(row.text("source_url"));
            return p;
        }).sorted(Comparator.comparing(p -> p.slug)).toList();
    }

    /** The links of a data file's cell as the entities hold them, without a database. */
    public static List<Citation> citations(String cell) {
        return SourceLink.parseAll(cell).stream().map(link -> {
            Citation citation = new Citation();
            citation.source = new SourceDocument();
            citation.source.url = link.url();
            citation.label = link.label();
            return citation;
        }).collect(Collectors.toCollection(ArrayList::new));
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
