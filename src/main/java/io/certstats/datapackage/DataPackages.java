package io.certstats.datapackage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.certstats.certification.CertificationCatalog;
import io.certstats.certification.CertificationView;
import io.certstats.cost.CertificationBenefit;
import io.certstats.cost.ConsumptionTax;
import io.certstats.cost.ExamFee;
import io.certstats.formats.Archive;
import io.certstats.formats.CsvRenderer;
import io.certstats.formats.Tabular;
import io.certstats.population.PopulationCatalog;
import io.certstats.population.PopulationView;
import io.certstats.program.ProgramCatalog;
import io.certstats.program.ProgramCriterion;
import io.certstats.program.ProgramView;
import io.certstats.provenance.SourceDocument;
import io.certstats.recertification.Recertification;
import io.certstats.vintage.Vintages;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The whole dataset as a Frictionless tabular data package: one CSV per table, written by formats/CsvRenderer
 * exactly as the API's CSV reads write their rows (the list reads' tables are every page of those reads), and
 * {@code datapackage.json} describing each with its Table Schema ({@link TableSchemas}). Its version and
 * {@code created} are when its data last changed, the time the read's {@code Last-Modified} gives (asked for a
 * vintage with asOf, that vintage's).
 */
@ApplicationScoped
public class DataPackages {

    static final String FILE_NAME = "certstats-datapackage.zip";
    static final String DESCRIPTOR = "datapackage.json";
    private static final CsvMapper CSV = new CsvMapper();

    /** One table of the package: its rows, the record they are, and its key. */
    private record Table(String name, String title, String description, Class<?> row, List<?> rows,
                         List<String> primaryKey) {
    }

    private final Vintages vintages;
    private final CsvRenderer csv;
    private final ObjectMapper json;
    private final ObjectWriter descriptorWriter;
    private final String publicUrl;
    private final String licenseTitle;
    private final String licenseUrl;

    public DataPackages(Vintages vintages, CsvRenderer csv, ObjectMapper json,
                        @ConfigProperty(name = "certstats.public-url") String publicUrl,
                        @ConfigProperty(name = "quarkus.smallrye-openapi.info-license-name") String licenseTitle,
                        @ConfigProperty(name = "quarkus.smallrye-openapi.info-license-url") String licenseUrl) {
        this.vintages = vintages;
        this.csv = csv;
        this.json = json;
        this.descriptorWriter = json.writerWithDefaultPrettyPrinter();
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.licenseTitle = licenseTitle;
        this.licenseUrl = licenseUrl;
    }

    /** The package of the data the read answers from: as it is now, or at the vintage asked for (asOf). */
    public Archive current() {
        Instant changed = vintages.dataChangedAt();
        List<Archive.Entry> files = new ArrayList<>();
        List<Descriptor.Resource> resources = new ArrayList<>();
        for (Table table : tables()) {
            byte[] body = csv.render((Tabular) table::rows);
            if (body.length == 0) {
                continue; // no rows, so no columns to describe: the table is left out rather than written headless
            }
            String path = "data/" + table.name() + ".csv";
            files.add(new Archive.Entry(path, body));
            resources.add(new Descriptor.Resource(table.name(), path, Descriptor.Resource.PROFILE, table.title(),
                    table.description(), "csv", "text/csv", "utf-8", Descriptor.Dialect.RFC_4180,
                    TableSchemas.of(table.row(), header(body), table.primaryKey(), json)));
        }
        files.addFirst(new Archive.Entry(DESCRIPTOR, descriptor(changed, resources)));
        return new Archive(FILE_NAME, changed, files);
    }

    private List<Table> tables() {
        List<CertificationView> certifications = CertificationCatalog.all();
        List<ProgramView> programs = ProgramCatalog.all();
        return List.of(
                new Table("certifications", "Certifications", read("GET /api/v1/certifications"),
                        CertificationView.class, certifications, List.of("slug")),
                new Table("exam-codes", "Exam codes", "Every exam code of every certification, as each "
                        + "certification's examCodes list serves it, with the certification's slug.",
                        Rows.ExamCode.class, certifications.stream().flatMap(Rows.ExamCode::of).toList(),
                        List.of("code")),
                new Table("programs", "Recognition programs", read("GET /api/v1/programs"), ProgramView.class,
                        programs, List.of("slug")),
                new Table("program-years", "Program years", "Each program's count by year, with the change from "
                        + "the previous year and its evidence grade: the rows of every page of "
                        + "GET /api/v1/programs/{slug}/years?format=csv, after the program's slug.",
                        Rows.ProgramYear.class, programs.stream().flatMap(p -> ProgramCatalog.allYears(p.slug())
                        .stream().map(y -> new Rows.ProgramYear(p.slug(), y))).toList(), List.of("program", "year")),
                new Table("program-criteria", "Program criteria", "The certifications each program year's "
                        + "criteria required (GET /api/v1/programs/{slug}/years/{year} lists them).",
                        Rows.Criterion.class, ProgramCriterion.<ProgramCriterion>list(
                        "order by programSlug, year, certificationCode").stream().map(Rows.Criterion::of).toList(),
                        List.of("program", "year", "certification")),
                new Table("populations", "Population bases", read("GET /api/v1/populations"), PopulationView.class,
                        PopulationCatalog.all(), List.of("slug")),
                new Table("exam-fees", "Exam fees", "Exam fees by level and currency, excluding tax, which the "
                        + "cost reads price sets with.", Rows.Fee.class, ExamFee.all().stream()
                        .sorted(Comparator.comparing((ExamFee f) -> f.level).thenComparing(f -> f.currency))
                        .map(Rows.Fee::of).toList(), List.of()),
                new Table("consumption-tax", "Consumption tax", "The consumption tax the cost reads add on request.",
                        Rows.Tax.class, ConsumptionTax.<ConsumptionTax>list("order by country, effectiveFrom")
                        .stream().map(Rows.Tax::of).toList(), List.of()),
                new Table("certification-benefits", "Certification benefits", "What a pass brings that the cost and "
                        + "recertification reads apply: its validity, the exam voucher.", Rows.Benefit.class,
                        CertificationBenefit.all().stream()
                                .map(Rows.Benefit::of).toList(), List.of("benefit")),
                new Table("recertification", "Recertification", "Which certification's pass or renewal also renews "
                        + "another, the graph GET /api/v1/recertification plans with.", Rows.Renewal.class,
                        Recertification.all().stream().map(Rows.Renewal::of).toList(),
                        List.of("renewing", "alsoRenews")),
                new Table("sources", "Sources", "The public sources the figures were read at, as the data "
                        + "describes them.", Rows.SourceRow.class, SourceDocument.<SourceDocument>list("order by url")
                        .stream().map(Rows.SourceRow::of).toList(), List.of("url")));
    }

    private static String read(String operation) {
        return "The rows of every page of " + operation + "?format=csv.";
    }

    private byte[] descriptor(Instant changed, List<Descriptor.Resource> resources) {
        LocalDate day = LocalDate.ofInstant(changed, ZoneOffset.UTC);
        List<Descriptor.SourceRef> sources = SourceDocument.<SourceDocument>list("order by url").stream()
                .map(d -> new Descriptor.SourceRef(d.title != null && !d.title.isBlank() ? d.title : d.url, d.url))
                .toList();
        Descriptor descriptor = new Descriptor(Descriptor.PROFILE, "certstats",
                "certstats: AWS certification statistics",
                "Every AWS certification (active and retired), recognition programs' yearly counts with their "
                        + "evidence grades, population bases, exam fees and recertification rules, each figure with "
                        + "the public sources it was read at; the API's data as of " + changed + " (its asOf).",
                publicUrl + "/api/v1", day.toString(),
                DateTimeFormatter.ISO_INSTANT.format(changed),
                List.of("AWS", "certification", "statistics", "All Certifications Engineers"),
                List.of(new Descriptor.License("Apache-2.0", licenseUrl, licenseTitle)), sources,
                List.of(new Descriptor.Contributor("certstats maintainers", "author")), resources);
        try {
            return descriptorWriter.writeValueAsString(descriptor).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + DESCRIPTOR, e);
        }
    }

    /** The column names of a CSV's header row, as formats/CsvRenderer wrote them. */
    private static List<String> header(byte[] csv) {
        try (var rows = CSV.readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY).<List<String>>readValues(csv)) {
            return rows.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
